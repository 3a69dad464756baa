"""p545-4: Bộ TN&MT ministry site — national water-resource licences, fees, automatic monitoring, 2023."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Tài nguyên nước
Ngày đăng: 22/02/2024 | Lượt xem: 3.087

Năm 2023, Bộ TN&MT cấp 412 giấy phép tài nguyên nước

Theo Cục Quản lý tài nguyên nước, năm 2023 Bộ Tài nguyên và Môi trường đã cấp 412 giấy phép tài nguyên nước thuộc thẩm quyền, tăng 9,3% so với năm 2022, gồm 268 giấy phép khai thác nước mặt, 97 giấy phép khai thác nước dưới đất và 47 giấy phép xả nước thải vào nguồn nước. Tại địa phương, 63/63 tỉnh, thành phố đã cấp tổng cộng gần 4.900 giấy phép.

Tổng số tiền cấp quyền khai thác tài nguyên nước được phê duyệt năm 2023 là 3.185 tỷ đồng, trong đó các công trình thủy điện chiếm khoảng 83%. Các địa phương có số tiền cấp quyền lớn nhất là Sơn La (412,5 tỷ đồng), Lào Cai (236,8 tỷ đồng) và Lai Châu (198,2 tỷ đồng).

Đến hết năm 2023, cả nước có 1.052 công trình khai thác nước kết nối, truyền số liệu giám sát tự động về Bộ, gấp 2,4 lần so với năm 2021. Mạng quan trắc tài nguyên nước quốc gia hiện có 875 giếng quan trắc nước dưới đất và 68 trạm quan trắc nước mặt.

Bộ đặt mục tiêu đến năm 2025 có 100% công trình khai thác nước thuộc diện phải giám sát được kết nối tự động; đến năm 2030 tỷ lệ hộ gia đình nông thôn được cấp nước sạch đạt 65%.

Trụ sở: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.37956868.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("cấp 412 giấy phép tài nguyên nước\n", "412", 412, "count", "giấy phép",
        "giấy phép tài nguyên nước Bộ TN&MT cấp", per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("đã cấp 412 giấy phép", "412", 412, "count", "giấy phép",
        "giấy phép tài nguyên nước thuộc thẩm quyền Bộ Tài nguyên và Môi trường cấp", Y23,
        change=chg("increase", 9.3, "%", "năm 2022")),
    fig("gồm 268 giấy phép", "268", 268, "count", "giấy phép", "giấy phép khai thác nước mặt", Y23, total=412),
    fig(", 97 giấy phép", "97", 97, "count", "giấy phép", "giấy phép khai thác nước dưới đất", Y23, total=412),
    fig("và 47 giấy phép", "47", 47, "count", "giấy phép", "giấy phép xả nước thải vào nguồn nước", Y23, total=412),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã cấp giấy phép tài nguyên nước",
        inh(Y23), total=63),
    fig("gần 4.900 giấy phép", "4.900", 4900, "count", "giấy phép", "giấy phép tài nguyên nước địa phương cấp",
        inh(Y23), approx="nearly"),
    fig("là 3.185 tỷ đồng", "3.185", 3_185_000_000_000, "money", "đồng",
        "tổng số tiền cấp quyền khai thác tài nguyên nước được phê duyệt", Y23),
    fig("khoảng 83%", "83", 83, "percent", "%", "tiền cấp quyền của các công trình thủy điện chiếm", Y23,
        approx="about"),
    fig("Sơn La (412,5 tỷ đồng)", "412,5", 412_500_000_000, "money", "đồng", "số tiền cấp quyền", inh(Y23),
        location="Sơn La"),
    fig("(236,8 tỷ đồng)", "236,8", 236_800_000_000, "money", "đồng", "số tiền cấp quyền", inh(Y23),
        location="Lào Cai"),
    fig("(198,2 tỷ đồng)", "198,2", 198_200_000_000, "money", "đồng", "số tiền cấp quyền", inh(Y23),
        location="Lai Châu"),
    fig("có 1.052 công trình", "1.052", 1052, "count", "công trình",
        "công trình khai thác nước kết nối, truyền số liệu giám sát tự động", per("Đến hết năm 2023", end="2023-12-31"),
        change=chg("increase", 2.4, "lần", "năm 2021")),
    fig("có 875 giếng", "875", 875, "count", "giếng quan trắc",
        "giếng quan trắc nước dưới đất của mạng quan trắc tài nguyên nước quốc gia"),
    fig("và 68 trạm", "68", 68, "count", "trạm quan trắc", "trạm quan trắc nước mặt"),
    fig("có 100% công trình", "100", 100, "percent", "%",
        "công trình khai thác nước thuộc diện phải giám sát được kết nối tự động",
        per("đến năm 2025", end="2025-12-31"), status="target"),
    fig("đạt 65%", "65", 65, "percent", "%", "tỷ lệ hộ gia đình nông thôn được cấp nước sạch",
        per("đến năm 2030", end="2030-12-31"), status="target"),
]

COMMENTS = [
    "p545-4 (invented): Bộ TN&MT ministry site — licences issued by the ministry, national fees, automatic monitoring, targets.",
    "'Ngày đăng: 22/02/2024 | Lượt xem: 3.087' under the breadcrumb. National article: location Việt Nam; provinces in the fee list",
    "are each item's location. 268 + 97 + 47 = 412 after 'gồm': totals. '63/63' -> total 63. 'gấp 2,4 lần so với năm 2021'",
    "after 1.052 is its change (lần). 'trong đó các công trình thủy điện chiếm khoảng 83%' is the share of a part that has no",
    "number of its own, not a share of 3.185 tỷ: its own percent figure. Targets 'đến năm 2025/2030' end that year, start null.",
    "Distractors: Lượt xem 3.087, số 10 Tôn Thất Thuyết, phone 024.37956868, 'TN&MT'.",
]

if __name__ == "__main__":
    emit("p545-4", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Việt Nam")
