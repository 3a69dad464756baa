"""p1546-1: province portal (Hà Tĩnh): helmet violations 9 months 2024, children's helmet rate, helmets for first-graders."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > An toàn giao thông

9 tháng, xử lý hơn 18 nghìn trường hợp không đội mũ bảo hiểm

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Phòng Cảnh sát giao thông Công an tỉnh, 9 tháng đầu năm 2024, lực lượng chức năng toàn tỉnh đã phát hiện, xử lý 18.426 trường hợp người điều khiển và người ngồi trên xe mô tô, xe gắn máy không đội mũ bảo hiểm hoặc đội mũ không cài quai, tăng 12,3% so với cùng kỳ năm 2023; phạt tiền hơn 7,4 tỷ đồng. Trong đó, học sinh vi phạm là 2.915 trường hợp, chiếm 15,8%.

Qua kiểm tra trên các tuyến Quốc lộ 1A, Quốc lộ 8 và đường Hồ Chí Minh, tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm đạt khoảng 98%; trong khu dân cư, đường liên thôn, liên xã chỉ đạt 75-80%. Riêng tỷ lệ trẻ em từ 6 tuổi trở lên đội mũ bảo hiểm khi ngồi sau xe mới đạt gần 62%, thấp hơn 18% so với chỉ tiêu đề ra (80%).

Trong tháng 9, Ban An toàn giao thông tỉnh phối hợp với Sở Giáo dục và Đào tạo trao tặng 6.500 mũ bảo hiểm đạt chuẩn cho học sinh lớp 1 tại 142 trường tiểu học, tổng trị giá khoảng 1,1 tỷ đồng. Tại huyện Hương Khê, 100% học sinh lớp 1 của 21 trường tiểu học đã được nhận mũ.

Quý IV, Công an tỉnh phấn đấu giảm ít nhất 10% số trường hợp vi phạm so với quý III; đến năm 2025, tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đạt trên 99%. Các trường hợp vi phạm bị xử lý theo Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP.

Tin liên quan:
- Hà Tĩnh ra quân Tháng cao điểm an toàn giao thông năm 2024
- Tặng mũ bảo hiểm cho học sinh tiểu học thị xã Kỳ Anh
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SEP = per("Trong tháng 9", "2024-09-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
TO2025 = per("đến năm 2025", None, "2025-12-31")
HK = "Hương Khê"

FIGS = [
    fig("xử lý hơn 18 nghìn", "18", 18000, "count", "trường hợp", approx="over",
        subject="trường hợp không đội mũ bảo hiểm bị xử lý", period=NINE_H),
    fig("xử lý 18.426 trường hợp", "18.426", 18426, "count", "trường hợp",
        change=chg("increase", 12.3, "%", "cùng kỳ năm 2023"),
        subject="trường hợp người điều khiển và người ngồi trên xe mô tô, xe gắn máy không đội mũ bảo hiểm",
        period=NINE),
    fig("phạt tiền hơn 7,4 tỷ", "7,4", 7.4e9, "money", "đồng", approx="over",
        subject="phạt tiền", period=NINE),
    fig("là 2.915 trường hợp", "2.915", 2915, "count", "trường hợp", total=18426, percent=15.8,
        subject="học sinh vi phạm", period=inh(NINE)),
    fig("đạt khoảng 98%", "98", 98, "percent", "%", approx="about",
        subject="tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm trên các tuyến quốc lộ"),
    fig("đạt 75-80%", "75", 75, "percent", "%", value_max=80,
        subject="tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm trong khu dân cư, đường liên thôn, liên xã"),
    fig("từ 6 tuổi", "6", 6, "measure", "tuổi", optional=True),
    fig("đạt gần 62%", "62", 62, "percent", "%", approx="nearly",
        change=chg("decrease", 18, "%", "chỉ tiêu đề ra"), target=tgt(80, "%", met=False),
        subject="tỷ lệ trẻ em từ 6 tuổi trở lên đội mũ bảo hiểm khi ngồi sau xe"),
    fig("tặng 6.500 mũ", "6.500", 6500, "count", "mũ bảo hiểm",
        subject="mũ bảo hiểm đạt chuẩn trao tặng cho học sinh lớp 1", period=SEP),
    fig("tại 142 trường", "142", 142, "count", "trường tiểu học",
        subject="trường tiểu học có học sinh lớp 1 được tặng mũ bảo hiểm", period=SEP),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about",
        subject="tổng trị giá mũ bảo hiểm trao tặng", period=SEP),
    fig("100% học sinh", "100", 100, "percent", "%",
        subject="học sinh lớp 1 được nhận mũ", period=inh(SEP), location=HK),
    fig("của 21 trường", "21", 21, "count", "trường tiểu học",
        subject="trường tiểu học", period=inh(SEP), location=HK),
    fig("giảm ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số trường hợp vi phạm", period=Q4),
    fig("đạt trên 99%", "99", 99, "percent", "%", approx="over", status="target",
        subject="tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm", period=TO2025),
]

NOTES = [
    "Province portal (Hà Tĩnh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Quốc lộ 1A, Quốc lộ 8, 'lớp 1' (twice), 'quý III' (baseline), Nghị định số 100/2019/NĐ-CP,",
    "Nghị định số 123/2021/NĐ-CP, 'năm 2024' in a related link.",
    "Headline '9 tháng' takes 2024 (published). 'Trong đó, học sinh vi phạm là 2.915 trường hợp, chiếm 15,8%' after a sentence break:",
    "total 18.426, percent 15,8, period inherited. 'thấp hơn 18% so với chỉ tiêu đề ra (80%)' = change against plan + target 80 (not met).",
    "'trẻ em từ 6 tuổi trở lên' defines the group: optional. 'Trong tháng 9' (no year) takes 2024 from '9 tháng đầu năm 2024'.",
    "'phấn đấu giảm ít nhất 10%' is a rate claim (percent, no change), status target; 'đến năm 2025 ... đạt trên 99%' target.",
    "Hương Khê: location for its two figures; everything else Hà Tĩnh.",
]

if __name__ == "__main__":
    write("p1546-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Tĩnh")
