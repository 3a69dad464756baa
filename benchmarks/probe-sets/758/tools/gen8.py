"""p758-8: xã Lùng Phình (Bắc Hà, Lào Cai) commune portal — horse-riding tourism, herd, race results, Q4 plan."""
from lib import emit, fig, per, inh, year, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ LÙNG PHÌNH - HUYỆN BẮC HÀ - TỈNH LÀO CAI
Trang chủ | Kinh tế | Nông nghiệp

Lùng Phình: 9 tháng năm 2024 thu gần 1,2 tỷ đồng từ dịch vụ ngựa du lịch

Ngày đăng: 03/10/2024 | Lượt xem: 528

9 tháng năm 2024, tổ hợp tác dịch vụ ngựa du lịch thôn Lùng Phình A với 23 thành viên đã phục vụ 4.860 lượt khách cưỡi ngựa tham quan, tăng 35% so với cùng kỳ năm 2023; doanh thu đạt gần 1,2 tỷ đồng. Quý III/2024, tổ đón 2.140 lượt khách, cao nhất từ trước đến nay.

Giá thuê ngựa dao động từ 150.000 đến 200.000 đồng/lượt tùy cung đường; mỗi thành viên có thu nhập bình quân 4,5 triệu đồng/tháng. Từ đầu năm đến nay, tổ đã mua sắm 25 bộ yên cương mới với tổng kinh phí 62,5 triệu đồng, trong đó vốn hỗ trợ từ Chương trình mục tiêu quốc gia 1719 là 30 triệu đồng.

Toàn xã hiện có 412 con ngựa, trong đó 186 con ngựa thồ, 57 con ngựa đua; 68% số hộ có nuôi ngựa. Tại Giải đua ngựa truyền thống huyện Bắc Hà tháng 6 vừa qua, xã có 7 kỵ sĩ tham gia, giành 1 giải Nhì và 2 giải Ba.

Kế hoạch quý IV/2024, xã phấn đấu đón thêm 1.500 lượt khách, nâng tổng số lượt khách cả năm lên trên 6.300 lượt; hỗ trợ 15 hộ cải tạo chuồng trại với mức 2 triệu đồng/hộ.

UBND xã Lùng Phình - Địa chỉ: thôn Lùng Phình A, xã Lùng Phình, huyện Bắc Hà, tỉnh Lào Cai. Điện thoại: 0214.3780.125
"""

M9H = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("Quý III/2024", "2024-07-01", "2024-09-30")
T6 = per("tháng 6 vừa qua", "2024-06-01", "2024-06-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
CN = year("cả năm", 2024)
TDN = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")

FIGS = [
    fig("thu gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "thu từ dịch vụ ngựa du lịch", M9H, approx="nearly"),
    fig("với 23 thành viên", "23", 23, "count", "thành viên", "thành viên tổ hợp tác dịch vụ ngựa du lịch", M9),
    fig("phục vụ 4.860 lượt khách", "4.860", 4860, "count", "lượt khách", "lượt khách cưỡi ngựa tham quan", M9,
        change=chg("increase", 35, "%", "cùng kỳ năm 2023")),
    fig("đạt gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "doanh thu dịch vụ ngựa du lịch", M9, approx="nearly"),
    fig("đón 2.140 lượt khách", "2.140", 2140, "count", "lượt khách", "lượt khách tổ đón", Q3),
    fig("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/lượt", "giá thuê ngựa", value_max=200000),
    fig("bình quân 4,5 triệu đồng/tháng", "4,5", 4.5e6, "money", "đồng/tháng", "thu nhập bình quân mỗi thành viên"),
    fig("sắm 25 bộ yên cương", "25", 25, "count", "bộ yên cương", "bộ yên cương mới mua sắm", TDN),
    fig("kinh phí 62,5 triệu đồng", "62,5", 62.5e6, "money", "đồng", "tổng kinh phí mua sắm yên cương", TDN),
    fig("là 30 triệu đồng", "30", 30e6, "money", "đồng", "vốn hỗ trợ từ Chương trình mục tiêu quốc gia 1719", TDN,
        total=62.5e6),
    fig("có 412 con", "412", 412, "count", "con", "tổng đàn ngựa toàn xã"),
    fig("186 con ngựa thồ", "186", 186, "count", "con", "ngựa thồ", total=412),
    fig("57 con ngựa đua", "57", 57, "count", "con", "ngựa đua", total=412),
    fig("68% số hộ", "68", 68, "percent", "%", "tỷ lệ hộ có nuôi ngựa"),
    fig("có 7 kỵ sĩ", "7", 7, "count", "kỵ sĩ", "kỵ sĩ của xã tham gia Giải đua ngựa truyền thống huyện Bắc Hà", T6),
    fig("giành 1 giải Nhì", "1", 1, "count", "giải Nhì", "giải Nhì kỵ sĩ của xã giành được", T6),
    fig("2 giải Ba", "2", 2, "count", "giải Ba", "giải Ba kỵ sĩ của xã giành được", T6),
    fig("thêm 1.500 lượt khách", "1.500", 1500, "count", "lượt khách", "lượt khách đón thêm", Q4, status="target"),
    fig("trên 6.300 lượt", "6.300", 6300, "count", "lượt", "tổng số lượt khách cả năm", CN, approx="over",
        status="target"),
    fig("hỗ trợ 15 hộ", "15", 15, "count", "hộ", "hộ được hỗ trợ cải tạo chuồng trại", Q4, status="target"),
    fig("mức 2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ", "mức hỗ trợ cải tạo chuồng trại", Q4, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Lùng Phình (Bắc Hà, Lào Cai), 'Ngày đăng: 03/10/2024 | Lượt xem: 528': horse-riding tourism co-op, herd, race results, Q4 plan.",
    "Location Bắc Hà: FIGURES.md's location is a province, city or district, so the commune's figures take its district.",
    "revised: first annotated with the commune 'Lùng Phình' as location; changed to the district per the spec's definition of location.",
    "'Quý III/2024' (2.140) is part of the 9 months but no cue says so: no total.",
    "186 and 57 con follow 'trong đó' after 412 con (total 412); '68% số hộ' is a share with no base amount (own percent figure).",
    "'tháng 6 vừa qua' = June 2024. Plan sentence: 'Kế hoạch … phấn đấu' → target for all four; '6.300 … cả năm' is the whole year 2024, the rest quý IV/2024.",
    "'Từ đầu năm đến nay' = 2024-01-01 to the dateline 2024-10-03. 'Chương trình mục tiêu quốc gia 1719' is a programme name.",
    "Distractors: 'Lượt xem: 528', 'thôn Lùng Phình A', phone 0214.3780.125, 'giải Nhì/Ba' are prize names (the numbers before them are counts).",
]

if __name__ == "__main__":
    emit("p758-8", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Bắc Hà")
