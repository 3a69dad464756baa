"""p669-8: Cần Thơ city portal, centralised drug procurement results 2024-2025."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ » Tin tức » Y tế
Đấu thầu thuốc tập trung: Tiết kiệm hơn 215 tỷ đồng
Ngày đăng: 21/10/2024 15:42

Sở Y tế thành phố Cần Thơ vừa công bố kết quả lựa chọn nhà thầu cung cấp thuốc tập trung cấp địa phương năm 2024 – 2025 theo Quyết định số 2456/QĐ-SYT. Theo đó, có 1.126/1.290 mặt hàng thuốc được lựa chọn nhà thầu, đạt 87,3%; tổng giá trị trúng thầu là 1.632,8 tỷ đồng, bằng 88,35% giá kế hoạch; giá trị tiết kiệm 215,3 tỷ đồng.

Trong đó, Gói thầu số 1 (thuốc generic) có 1.018 mặt hàng với giá trị trúng thầu 1.214,6 tỷ đồng; Gói thầu số 2 (thuốc biệt dược gốc) có 64 mặt hàng, giá trị 356,9 tỷ đồng; Gói thầu số 3 (thuốc dược liệu, thuốc cổ truyền) có 44 mặt hàng, giá trị 61,3 tỷ đồng.

Cuộc đấu thầu được tổ chức hoàn toàn qua mạng, thu hút 186 nhà thầu tham dự, trong đó 142 nhà thầu trúng thầu; bình quân 3,6 nhà thầu/mặt hàng. Giá trị tiết kiệm gấp gần 1,4 lần kỳ đấu thầu năm 2022 – 2023.

Còn 164 mặt hàng chưa lựa chọn được nhà thầu. Sở Y tế dự kiến tổ chức đấu thầu lại các mặt hàng này trong quý IV/2024. Thuốc trúng thầu được cung ứng cho 96 cơ sở khám bệnh, chữa bệnh công lập trên địa bàn 9 quận, huyện từ tháng 11/2024.

Theo Phó Giám đốc Sở Y tế, đây là lần đầu tiên thành phố tổ chức đấu thầu thuốc tập trung hoàn toàn trên Hệ thống mạng đấu thầu quốc gia, góp phần công khai, minh bạch và tăng tính cạnh tranh.

Địa chỉ: số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều. Đường dây nóng: 0292.3822.135
"""

P = per("năm 2024 – 2025", "2024-01-01", "2025-12-31", inherited=True)

FIGS = [
    fig("hơn 215 tỷ đồng", "215", 215e9, "money", "đồng", "giá trị tiết kiệm đấu thầu thuốc tập trung", P,
        approx="over"),
    fig("có 1.126/1.290 mặt hàng", "1.126", 1126, "count", "mặt hàng",
        "mặt hàng thuốc được lựa chọn nhà thầu", P, total=1290, percent=87.3),
    fig("là 1.632,8 tỷ đồng", "1.632,8", 1632.8e9, "money", "đồng", "tổng giá trị trúng thầu", P, percent=88.35),
    fig("tiết kiệm 215,3 tỷ đồng", "215,3", 215.3e9, "money", "đồng", "giá trị tiết kiệm", P),
    fig("có 1.018 mặt hàng", "1.018", 1018, "count", "mặt hàng", "mặt hàng thuốc generic (Gói thầu số 1)", P,
        total=1126),
    fig("trúng thầu 1.214,6 tỷ đồng", "1.214,6", 1214.6e9, "money", "đồng",
        "giá trị trúng thầu thuốc generic (Gói thầu số 1)", P, total=1632.8e9),
    fig("có 64 mặt hàng", "64", 64, "count", "mặt hàng", "mặt hàng thuốc biệt dược gốc (Gói thầu số 2)", P,
        total=1126),
    fig("giá trị 356,9 tỷ đồng", "356,9", 356.9e9, "money", "đồng",
        "giá trị trúng thầu thuốc biệt dược gốc (Gói thầu số 2)", P, total=1632.8e9),
    fig("có 44 mặt hàng", "44", 44, "count", "mặt hàng",
        "mặt hàng thuốc dược liệu, thuốc cổ truyền (Gói thầu số 3)", P, total=1126),
    fig("giá trị 61,3 tỷ đồng", "61,3", 61.3e9, "money", "đồng",
        "giá trị trúng thầu thuốc dược liệu, thuốc cổ truyền (Gói thầu số 3)", P, total=1632.8e9),
    fig("thu hút 186 nhà thầu", "186", 186, "count", "nhà thầu", "nhà thầu tham dự", P),
    fig("trong đó 142 nhà thầu", "142", 142, "count", "nhà thầu", "nhà thầu trúng thầu", P, total=186),
    fig("bình quân 3,6 nhà thầu/mặt hàng", "3,6", 3.6, "measure", "nhà thầu/mặt hàng",
        "số nhà thầu tham dự bình quân", P),
    fig("gấp gần 1,4 lần", "1,4", 1.4, "multiple", "lần",
        "giá trị tiết kiệm so với kỳ đấu thầu năm 2022 – 2023", approx="nearly"),
    fig("Còn 164 mặt hàng", "164", 164, "count", "mặt hàng", "mặt hàng chưa lựa chọn được nhà thầu", P),
    fig("cho 96 cơ sở", "96", 96, "count", "cơ sở khám bệnh, chữa bệnh",
        "cơ sở khám bệnh, chữa bệnh công lập được cung ứng thuốc trúng thầu"),
    fig("địa bàn 9 quận, huyện", "9", 9, "count", "quận, huyện", "quận, huyện được cung ứng thuốc trúng thầu"),
]

COMMENTS = [
    "Cần Thơ city portal (breadcrumb, 'Ngày đăng: 21/10/2024 15:42'): kết quả đấu thầu thuốc tập trung năm 2024 – 2025.",
    "Distractors: Quyết định số 2456/QĐ-SYT, Gói thầu số 1/2/3 (names), 'năm 2024 – 2025', 'năm 2022 – 2023', quý IV/2024,",
    "tháng 11/2024, 'lần đầu tiên', số 71 Lý Tự Trọng, hotline 0292.3822.135, time 15:42.",
    "1.126/1.290 … đạt 87,3%: total and percent; 'bằng 88,35% giá kế hoạch' is the percent of 1.632,8 tỷ (a share cue).",
    "'Trong đó' parts add up: 1.018+64+44 = 1.126 mặt hàng and 1.214,6+356,9+61,3 = 1.632,8 tỷ (totals).",
    "'gấp gần 1,4 lần' standing alone in its sentence: a multiple (approx nearly).",
    "The period 'năm 2024 – 2025' (supply period) is stated only in the lead sentence: inherited on the figures, unscored.",
    "'Còn 164 mặt hàng' is actual (the forecast cue is in the next sentence); 96 cơ sở and 9 quận, huyện are actual counts.",
]

if __name__ == "__main__":
    write("p669-8", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Cần Thơ")
