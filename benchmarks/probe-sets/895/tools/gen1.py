"""p895-1: Hải Dương province portal, 6 tháng đầu năm 2024."""
from lib import build, F, P, I, C

TEXT = """Cổng thông tin điện tử tỉnh Hải Dương
Trang chủ > Tin tức - Sự kiện > Kinh tế
Đàn ngỗng tăng mạnh trong 6 tháng đầu năm
Cập nhật: 12/07/2024 09:15 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng đàn ngỗng của tỉnh đạt 412.500 con, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, đàn ngỗng sinh sản có 57.300 con, chiếm 13,9% tổng đàn.

Sản lượng thịt ngỗng hơi xuất chuồng 6 tháng đầu năm ước đạt 1.850 tấn, tăng 6,2% so với cùng kỳ; sản lượng trứng ngỗng ước đạt 3,4 triệu quả.

Toàn tỉnh hiện có 126 trang trại và gần 2.400 hộ nuôi ngỗng, tập trung tại các huyện Thanh Hà (38 trang trại), Ninh Giang (31 trang trại), Tứ Kỳ (24 trang trại) và Gia Lộc (19 trang trại). Nhiều trang trại nằm dọc Quốc lộ 37 và Quốc lộ 5.

Giá ngỗng hơi trên địa bàn dao động từ 75.000 đến 85.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với đầu năm. Với trọng lượng bình quân 4,5 kg/con khi xuất chuồng, mỗi con ngỗng thịt cho lãi từ 60.000 - 80.000 đồng.

Từ đầu năm đến nay, ngành thú y đã cấp 285.000 liều vắc xin cúm gia cầm để tiêm phòng cho đàn ngỗng, đạt 92% kế hoạch. Thực hiện Kế hoạch số 2145/KH-UBND ngày 18/5/2023 của UBND tỉnh, Sở đã tổ chức tập huấn lần thứ 3 về chăn nuôi an toàn sinh học cho hơn 300 hộ nuôi ngỗng.

Năm 2024, tỉnh phấn đấu tổng đàn ngỗng đạt 450.000 con; đến năm 2025 có ít nhất 150 trang trại nuôi ngỗng đạt tiêu chuẩn an toàn sinh học.

Cơ quan chủ quản: UBND tỉnh Hải Dương
Địa chỉ: số 45 Quang Trung, TP Hải Dương. Điện thoại: 0220.3852.108
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
FIGS = [
    F("tỉnh đạt 412.500 con", "412.500", 412500, "count", "con", "tổng đàn ngỗng", ASOF,
      change=C("increase", 8.6, baseline="cùng kỳ năm 2023")),
    F("có 57.300 con", "57.300", 57300, "count", "con", "đàn ngỗng sinh sản", I(ASOF),
      total=412500, percent=13.9),
    F("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", "sản lượng thịt ngỗng hơi xuất chuồng", H1,
      change=C("increase", 6.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 3,4 triệu quả", "3,4", 3400000, "count", "quả", "sản lượng trứng ngỗng", H1, status="estimate"),
    F("có 126 trang trại", "126", 126, "count", "trang trại", "trang trại nuôi ngỗng"),
    F("gần 2.400 hộ", "2.400", 2400, "count", "hộ", "hộ nuôi ngỗng", approx="nearly"),
    F("(38 trang trại)", "38", 38, "count", "trang trại", "trang trại nuôi ngỗng", location="Thanh Hà"),
    F("(31 trang trại)", "31", 31, "count", "trang trại", "trang trại nuôi ngỗng", location="Ninh Giang"),
    F("(24 trang trại)", "24", 24, "count", "trang trại", "trang trại nuôi ngỗng", location="Tứ Kỳ"),
    F("(19 trang trại)", "19", 19, "count", "trang trại", "trang trại nuôi ngỗng", location="Gia Lộc"),
    F("từ 75.000 đến 85.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá ngỗng hơi", value_max=85000,
      change=C("increase", 10000, unit="đồng/kg", baseline="đầu năm", approx="about")),
    F("bình quân 4,5 kg/con", "4,5", 4.5, "measure", "kg/con", "trọng lượng bình quân ngỗng thịt khi xuất chuồng"),
    F("lãi từ 60.000 - 80.000 đồng", "60.000", 60000, "money", "đồng/con", "lãi mỗi con ngỗng thịt", value_max=80000),
    F("cấp 285.000 liều", "285.000", 285000, "count", "liều", "vắc xin cúm gia cầm tiêm phòng cho đàn ngỗng", YTD,
      percent=92),
    F("cho hơn 300 hộ", "300", 300, "count", "hộ", "hộ nuôi ngỗng được tập huấn chăn nuôi an toàn sinh học",
      approx="over"),
    F("đạt 450.000 con", "450.000", 450000, "count", "con", "tổng đàn ngỗng", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("ít nhất 150 trang trại", "150", 150, "count", "trang trại",
      "trang trại nuôi ngỗng đạt tiêu chuẩn an toàn sinh học", P("đến năm 2025", end="2025-12-31"),
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hải Dương: đàn ngỗng 6 tháng đầu năm 2024 (as-of 30/6/2024), production, farms by district, prices, vaccine, targets.",
    "Headline '6 tháng đầu năm' has no figure. 'Lượt xem: 1.236', 'Quốc lộ 37/5', 'Kế hoạch số 2145/KH-UBND ngày 18/5/2023', 'lần thứ 3',",
    "address 'số 45 Quang Trung' and phone are not figures. The district list (38+31+24+19 = 112) does not add up to 126: no total.",
    "'đạt 92% kế hoạch' after a count is its percent; '6 tháng đầu năm' takes 2024 from '30/6/2024'.",
]

build("p895-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Dương")
