package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** CIDR functions, as Terraform's {@code cidr.go} with apparentlymart/go-cidr. */
public final class NetworkFunctions {

    private NetworkFunctions() {}

    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** {@code cidrhost(prefix, hostnum)}. */
    public static final Function CIDRHOST = Function.builder("cidrhost")
            .parameter(Parameter.of("prefix", Type.STRING))
            .parameter(Parameter.of("hostnum", Type.NUMBER))
            .returns(Type.STRING)
            .summary("Calculates a full host IP address within a given IP network address prefix.")
            .description("The host number counts from the start of the network; a negative number"
                    + " counts back from its end, so -1 is the last address.")
            .implementation((args, rt) -> {
                BigInteger num = Go.toBigInteger(args.get(1), -1);
                IpNetwork network = parse(args.get(0), -1);
                BigInteger max = BigInteger.ONE
                        .shiftLeft(network.bits() - network.prefix())
                        .subtract(BigInteger.ONE);
                if (num.signum() < 0) {
                    num = max.add(num).add(BigInteger.ONE);
                }
                if (num.signum() < 0 || num.compareTo(max) > 0) {
                    throw FunctionException.of(
                            "prefix of " + network.prefix() + " does not accommodate a host numbered " + num);
                }
                return Value.string(IpNetwork.format(network.address().or(num), network.bits()));
            })
            .build();

    /** {@code cidrnetmask(prefix)}. */
    public static final Function CIDRNETMASK = Function.builder("cidrnetmask")
            .parameter(Parameter.of("prefix", Type.STRING))
            .returns(Type.STRING)
            .summary("Converts an IPv4 address prefix given in CIDR notation into a subnet mask address.")
            .description("For an IPv6 prefix the mask is printed as an IPv6 address, as Packer does.")
            .implementation((args, rt) -> {
                IpNetwork network = parse(args.get(0), -1);
                return Value.string(IpNetwork.format(network.mask(), network.bits()));
            })
            .build();

    /** {@code cidrsubnet(prefix, newbits, netnum)}. */
    public static final Function CIDRSUBNET = Function.builder("cidrsubnet")
            .parameter(Parameter.of("prefix", Type.STRING))
            .parameter(Parameter.of("newbits", Type.NUMBER))
            .parameter(Parameter.of("netnum", Type.NUMBER))
            .returns(Type.STRING)
            .summary("Calculates a subnet address within a given IP network address prefix.")
            .description("The prefix is extended by newbits bits, and netnum selects which of the"
                    + " resulting subnets to return.")
            .implementation((args, rt) -> {
                long newbits = Go.toLong(args.get(1), -1);
                BigInteger num = Go.toBigInteger(args.get(2), -1);
                IpNetwork network = parse(args.get(0), -1);
                long newPrefix = network.prefix() + newbits;
                if (newPrefix > network.bits()) {
                    throw FunctionException.of(
                            "insufficient address space to extend prefix of " + network.prefix() + " by " + newbits);
                }
                BigInteger max = newbits >= 0 && newbits < 64
                        ? BigInteger.ONE.shiftLeft((int) newbits).subtract(BigInteger.ONE)
                        : MAX_UINT64;
                if (num.signum() < 0 || num.compareTo(max) > 0 || newPrefix < 0) {
                    throw FunctionException.of(
                            "prefix extension of " + newbits + " does not accommodate a subnet numbered " + num);
                }
                BigInteger all = BigInteger.ONE.shiftLeft(network.bits()).subtract(BigInteger.ONE);
                BigInteger ip = network.address()
                        .or(num.shiftLeft(network.bits() - (int) newPrefix))
                        .and(all);
                return Value.string(new IpNetwork(ip, network.bits(), (int) newPrefix).toString());
            })
            .build();

    /** {@code cidrsubnets(prefix, newbits...)}. */
    public static final Function CIDRSUBNETS = Function.builder("cidrsubnets")
            .parameter(Parameter.of("prefix", Type.STRING))
            .variadic(Parameter.of("newbits", Type.NUMBER))
            .returns(Type.list(Type.STRING))
            .summary("Calculates a sequence of consecutive IP address ranges within a particular CIDR prefix.")
            .description("Each newbits argument gives the number of bits to extend the prefix by"
                    + " for one subnet; the subnets are allocated one after another, aligned to"
                    + " their size.")
            .implementation(NetworkFunctions::cidrsubnets)
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(CIDRHOST, CIDRNETMASK, CIDRSUBNET, CIDRSUBNETS);
    }

    private static IpNetwork parse(Value prefix, int argument) throws FunctionException {
        String text = ((StringValue) prefix).value();
        IpNetwork network = IpNetwork.parseCidr(text);
        if (network == null) {
            String message = "invalid CIDR expression: invalid CIDR address: " + text;
            throw argument < 0 ? FunctionException.of(message) : FunctionException.argument(argument, message);
        }
        return network;
    }

    private static Value cidrsubnets(List<Value> args, Type returnType) throws FunctionException {
        IpNetwork network = parse(args.get(0), 0);
        if (args.size() == 1) {
            return Value.emptyList(Type.STRING);
        }
        int bits = network.bits();
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        long first = toLongArg(args.get(1), 1) + network.prefix();
        // go-cidr's PreviousSubnet: the subnet of the first length just before the network.
        int firstLength = (int) Math.max(0, Math.min(bits, first));
        BigInteger previous =
                network.address().subtract(BigInteger.ONE).mod(modulus).and(IpNetwork.maskOf(firstLength, bits));
        IpNetwork current = new IpNetwork(previous, bits, firstLength);
        List<Value> out = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            long length = toLongArg(args.get(i), i);
            if (length < 1) {
                throw FunctionException.argument(i, "must extend prefix by at least one bit");
            }
            if (length > 32) {
                throw FunctionException.argument(i, "may not extend prefix by more than 32 bits");
            }
            length += network.prefix();
            if (length > bits) {
                throw FunctionException.argument(
                        i,
                        "would extend prefix to " + length + " bits, which is too long for an "
                                + (bits == 32 ? "IPv4" : "IPv6") + " address");
            }
            // go-cidr's NextSubnet: the subnet of this length right after the current one.
            BigInteger mask = IpNetwork.maskOf((int) length, bits);
            BigInteger subnetOfLast = current.lastAddress().and(mask);
            BigInteger last = new IpNetwork(subnetOfLast, bits, (int) length)
                    .lastAddress()
                    .add(BigInteger.ONE)
                    .mod(modulus);
            IpNetwork next = new IpNetwork(last.and(mask), bits, (int) length);
            if (last.signum() == 0 || !network.contains(next.address())) {
                throw FunctionException.argument(
                        i,
                        "not enough remaining address space for a subnet with a" + " prefix of " + length
                                + " bits after " + current);
            }
            current = next;
            out.add(Value.string(current.toString()));
        }
        return Value.list(Type.STRING, out);
    }

    private static long toLongArg(Value value, int index) throws FunctionException {
        return Go.toLong(value, index);
    }
}
