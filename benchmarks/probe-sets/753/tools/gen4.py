"""p753-4: ministry site (Bộ NN&PTNT), national frog farming and poor households, provinces with 'lần lượt'."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy sản
Ngày đăng: 22/07/2024 | Lượt xem: 846

Nuôi ếch mở hướng sinh kế cho hộ nghèo vùng đồng bằng sông Cửu Long

Theo Cục Thủy sản, tính đến tháng 6/2024 cả nước có khoảng 4.250 ha nuôi ếch, tập trung ở 21 tỉnh, thành phố; sản lượng 6 tháng đầu năm 2024 ước đạt 58.400 tấn, tăng 9,6% so với cùng kỳ năm 2023.

Vùng đồng bằng sông Cửu Long chiếm 78% diện tích nuôi ếch cả nước. Dẫn đầu là Đồng Tháp với 1.120 ha; Tiền Giang, Vĩnh Long và An Giang lần lượt đạt 540 ha, 415 ha và 380 ha.

Theo khảo sát tại 5 tỉnh, có 3.860 hộ nghèo và cận nghèo đang nuôi ếch quy mô nhỏ (dưới 500 m²), chiếm 27,4% số hộ nuôi; lợi nhuận bình quân đạt 45-60 triệu đồng/hộ/năm. Chi phí đầu tư ban đầu cho một bể lót bạt 20 m² chỉ từ 3 đến 4 triệu đồng, phù hợp với điều kiện của hộ nghèo.

Năm 2023, giá trị xuất khẩu ếch và sản phẩm từ ếch đạt 12,8 triệu USD, gấp 2,3 lần năm 2020, chủ yếu sang Hồng Kông (Trung Quốc), Hàn Quốc và Pháp. Với kết quả này, Việt Nam đứng thứ 3 thế giới về xuất khẩu ếch, sau Indonesia và Trung Quốc.

Thực hiện Quyết định số 339/QĐ-TTg về Chiến lược phát triển thủy sản, Bộ NN&PTNT đặt mục tiêu đến năm 2030 diện tích nuôi ếch đạt 6.000 ha, sản lượng 150.000 tấn, trong đó 30% sản lượng được nuôi theo quy trình VietGAP.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Đường dây nóng: 024.3771.6597
"""

ASOF = per("tính đến tháng 6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T2030 = per("đến năm 2030", end="2030-12-31")
AREA = "diện tích nuôi ếch"

FIGS = [
    fig("khoảng 4.250 ha", "4.250", 4250, "measure", "ha", AREA, ASOF, approx="about"),
    fig("ở 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi ếch", ASOF),
    fig("ước đạt 58.400 tấn", "58.400", 58400, "measure", "tấn", "sản lượng ếch", H1,
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("chiếm 78%", "78", 78, "percent", "%", "tỷ trọng diện tích nuôi ếch của vùng đồng bằng sông Cửu Long",
        inh(ASOF)),
    fig("với 1.120 ha", "1.120", 1120, "measure", "ha", AREA, inh(ASOF), location="Đồng Tháp"),
    fig("540 ha,", "540", 540, "measure", "ha", AREA, inh(ASOF), location="Tiền Giang"),
    fig("415 ha", "415", 415, "measure", "ha", AREA, inh(ASOF), location="Vĩnh Long"),
    fig("380 ha.", "380", 380, "measure", "ha", AREA, inh(ASOF), location="An Giang"),
    fig("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh được khảo sát"),
    fig("có 3.860 hộ", "3.860", 3860, "count", "hộ", "hộ nghèo và cận nghèo nuôi ếch quy mô nhỏ", percent=27.4),
    fig("(dưới 500 m²)", "500", 500, "measure", "m²", "quy mô nuôi ếch nhỏ", approx="under", optional=True),
    fig("đạt 45-60 triệu đồng/hộ/năm", "45", 45_000_000, "money", "đồng/hộ/năm", "lợi nhuận bình quân",
        value_max=60_000_000),
    fig("bạt 20 m²", "20", 20, "measure", "m²", "diện tích bể lót bạt", optional=True),
    fig("từ 3 đến 4 triệu đồng", "3", 3_000_000, "money", "đồng", "chi phí đầu tư ban đầu cho một bể lót bạt",
        value_max=4_000_000),
    fig("đạt 12,8 triệu USD", "12,8", 12_800_000, "money", "USD", "giá trị xuất khẩu ếch và sản phẩm từ ếch",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=chg("increase", 2.3, "lần", "năm 2020")),
    fig("thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu ếch"),
    fig("đạt 6.000 ha", "6.000", 6000, "measure", "ha", AREA, T2030, status="target"),
    fig("sản lượng 150.000 tấn", "150.000", 150000, "measure", "tấn", "sản lượng ếch", T2030, status="target"),
    fig("trong đó 30% sản lượng", "30", 30, "percent", "%", "sản lượng ếch nuôi theo quy trình VietGAP", T2030,
        status="target"),
]

NOTES = [
    "Bộ NN&PTNT site: national frog farming (Cục Thủy sản), share of the Mekong delta, provinces with 'lần lượt', exports, 2030 targets.",
    "'Ngày đăng: 22/07/2024' is the dateline; 'Lượt xem: 846', 'Quyết định số 339/QĐ-TTg', address, hotline are not figures.",
    "National figures -> Việt Nam; the Mekong-delta share is a region (not a province/district), so it keeps Việt Nam.",
    "Province items (Đồng Tháp, 'lần lượt' list) -> location, subject = the list's indicator; no cue, so no total.",
    "Export markets are not places. 'gấp 2,3 lần năm 2020' after the export value -> its change (lần), not a multiple figure.",
    "Optional: the small-scale threshold 'dưới 500 m²' and the tank size '20 m²' in 'cho một bể lót bạt 20 m²'.",
    "'trong đó 30% sản lượng' is a target share of its own (percent figure), not an attribute of 150.000 tấn.",
]

if __name__ == "__main__":
    write("p753-4", TEXT, NOTES, FIGS, published="2024-07-22", location="Việt Nam")
