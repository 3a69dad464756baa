"""p1120-8: provincial newspaper online (Báo Vĩnh Long, tag (VLO)): rats killed in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Vĩnh Long: 6 tháng đầu năm diệt gần 280.000 con chuột

27/06/2024 - 08:20

(VLO) - Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, 6 tháng đầu năm, nông dân trong tỉnh đã diệt được 278.450 con chuột, tăng 12.300 con so với cùng kỳ năm 2023, góp phần bảo vệ hơn 68.000 ha lúa. Trong đó, huyện Tam Bình diệt 64.200 con, xếp thứ nhất toàn tỉnh; huyện Vũng Liêm đứng thứ hai với 51.800 con. Riêng quý II, toàn tỉnh diệt 96.300 con chuột.

Tại xã Hòa Hiệp (Tam Bình), Hội Nông dân xã phát động phong trào “Mỗi hội viên diệt 100 con chuột”. Sau hai tháng, 1.150 hội viên đã diệt hơn 120.000 con chuột, vượt 4,3% chỉ tiêu. Ông Phạm Văn Sáu, Chủ tịch Hội Nông dân xã, cho biết nhiều hộ còn góp công đào hang, làm hàng rào nilon quanh ruộng; nhờ vậy diện tích lúa bị hại của xã chỉ còn khoảng 12 ha.

Tỉnh hỗ trợ 1.000 đồng/đuôi chuột; tổng kinh phí chi thưởng 6 tháng đầu năm là 278,45 triệu đồng. Ngoài ra, nông dân còn sử dụng 3.200 bẫy lồng, 1.800 bẫy kẹp và gần 2 tấn thuốc bả sinh học.

Chi cục dự báo trong vụ Hè Thu, chuột tiếp tục gây hại trên diện rộng dọc các tuyến đê bao ven sông Măng Thít, khoảng 1.500-2.000 ha lúa có nguy cơ bị hại. Tỉnh đặt mục tiêu 6 tháng cuối năm diệt thêm 250.000 con chuột, đưa tổng số cả năm lên trên 528.000 con.

HOÀNG LINH
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = P("Riêng quý II", "2024-04-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
KILLED = "chuột bị tiêu diệt"
RANK = "xếp hạng số chuột diệt được toàn tỉnh"
HH = "Tam Bình"

FIGS = [
    F("gần 280.000 con", "280.000", 280000, "count", "con chuột", approx="nearly", subject=KILLED, period=H1),
    F("được 278.450 con", "278.450", 278450, "count", "con chuột",
      change=C("increase", 12300, "con", "cùng kỳ năm 2023"), subject=KILLED, period=H1),
    F("hơn 68.000 ha", "68.000", 68000, "measure", "ha", approx="over",
      subject="diện tích lúa được bảo vệ", period=H1),
    F("diệt 64.200 con", "64.200", 64200, "count", "con", total=278450, subject=KILLED,
      period=I(H1), location=HH),
    F("thứ nhất", "nhất", 1, "rank", "hạng", subject=RANK, period=I(H1), location=HH),
    F("thứ hai", "hai", 2, "rank", "hạng", subject=RANK, period=I(H1), location="Vũng Liêm"),
    F("với 51.800 con", "51.800", 51800, "count", "con", total=278450, subject=KILLED,
      period=I(H1), location="Vũng Liêm"),
    F("diệt 96.300 con", "96.300", 96300, "count", "con chuột", subject=KILLED, period=Q2),
    F("diệt 100 con", "100", 100, "count", "con chuột", status="target", optional=True,
      subject="chuột mỗi hội viên diệt (tên phong trào)", location=HH),
    F("1.150 hội viên", "1.150", 1150, "count", "hội viên", subject="hội viên tham gia diệt chuột",
      location=HH),
    F("hơn 120.000 con", "120.000", 120000, "count", "con chuột", approx="over",
      change=C("increase", 4.3, "%", "chỉ tiêu"), subject="chuột hội viên đã diệt", location=HH),
    F("khoảng 12 ha", "12", 12, "measure", "ha", approx="about",
      subject="diện tích lúa bị hại của xã Hòa Hiệp", location=HH),
    F("1.000 đồng/đuôi", "1.000", 1000, "money", "đồng/đuôi chuột", subject="mức hỗ trợ đuôi chuột"),
    F("278,45 triệu", "278,45", 278450000, "money", "đồng", subject="tổng kinh phí chi thưởng", period=H1b),
    F("3.200 bẫy", "3.200", 3200, "count", "bẫy lồng", subject="bẫy lồng nông dân sử dụng", period=I(H1)),
    F("1.800 bẫy", "1.800", 1800, "count", "bẫy kẹp", subject="bẫy kẹp nông dân sử dụng", period=I(H1)),
    F("gần 2 tấn", "2", 2, "measure", "tấn", approx="nearly", subject="thuốc bả sinh học nông dân sử dụng",
      period=I(H1)),
    F("khoảng 1.500-2.000 ha", "1.500", 1500, "measure", "ha", value_max=2000, approx="about",
      status="forecast", subject="diện tích lúa có nguy cơ bị chuột hại"),
    F("thêm 250.000 con", "250.000", 250000, "count", "con chuột", status="target",
      subject="chuột diệt thêm", period=H2),
    F("trên 528.000 con", "528.000", 528000, "count", "con", approx="over", status="target",
      subject="tổng số chuột diệt cả năm", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): headline figure, '27/06/2024 - 08:20', tag '(VLO) -', byline at the end.",
    "Year-less '6 tháng đầu năm', 'quý II', '6 tháng cuối năm', 'cả năm' take 2024 (published; baseline 'cùng kỳ năm 2023').",
    "Ranks 'xếp thứ nhất' / 'đứng thứ hai' (number words) are rank figures of the districts. District parts after 'Trong đó' → total 278.450.",
    "'Riêng quý II' is a sub-period, not a part after a cue: no total. '“Mỗi hội viên diệt 100 con chuột”' is a movement's name (optional target).",
    "'vượt 4,3% chỉ tiêu' is the change of 120.000 against the plan (baseline chỉ tiêu). 'Sau hai tháng' is a duration (not a figure).",
    "Distractors: time 08:20, '(VLO)', name 'Phạm Văn Sáu' (sáu = 6), 'sông Măng Thít'. 'dự báo' → forecast; 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1120-8", TEXT, NOTES, FIGS, published="2024-06-27", location="Vĩnh Long")
