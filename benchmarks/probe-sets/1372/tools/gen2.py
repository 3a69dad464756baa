"""p1372-2: district portal (huyện Đông Hưng, Thái Bình): ngoại khóa for THCS students riding e-bikes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG HƯNG - TỈNH THÁI BÌNH
Trang chủ | Tin tức - Sự kiện | Giáo dục | Văn bản

Ngoại khóa an toàn giao thông cho học sinh đi xe đạp điện

18/03/2024 - 10:20

Sáng 16/3, Phòng Giáo dục và Đào tạo huyện phối hợp với Đội Cảnh sát giao thông - trật tự Công an huyện tổ chức chương trình ngoại khóa tại Trường THCS Đông Hợp cho hơn 600 học sinh của ba trường THCS Đông Hợp, Đông Các và Đông Xuân.

Theo khảo sát của Phòng GD&ĐT đầu học kỳ II, toàn huyện có 11.430 học sinh THCS, trong đó khoảng 4.100 em thường xuyên đi xe đạp điện đến trường; riêng khối lớp 8 và lớp 9 chiếm gần 70%. Qua kiểm tra tại cổng 24 trường, lực lượng chức năng phát hiện 312 trường hợp học sinh không đội mũ bảo hiểm, 47 trường hợp chở ba trên xe đạp điện và 19 trường hợp học sinh dưới 16 tuổi điều khiển xe máy điện.

Tại buổi ngoại khóa, Hội Chữ thập đỏ huyện và Công ty TNHH Xe điện Minh Phát trao tặng 200 mũ bảo hiểm, mỗi chiếc trị giá 150.000 đồng, cùng hai chục suất quà cho học sinh có hoàn cảnh khó khăn. Năm 2023, huyện đã tổ chức 34 buổi ngoại khóa tương tự, mỗi buổi có từ 150 đến 200 học sinh tham gia.

Dự kiến trong tháng 4 năm nay, Phòng GD&ĐT tiếp tục tổ chức ngoại khóa tại 8 trường còn lại; phấn đấu đến ngày 31/5, 100% học sinh đi xe đạp điện ký cam kết chấp hành Luật Giao thông đường bộ.

Nguồn: Phòng GD&ĐT huyện
Tin khác:
- Đông Hưng: Hội khỏe Phù Đổng cấp huyện lần thứ XI
- Hội nghị triển khai nhiệm vụ học kỳ II
Địa chỉ: Thị trấn Đông Hưng, huyện Đông Hưng, tỉnh Thái Bình | Điện thoại: 0227.3851.234
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
APR = per("trong tháng 4 năm nay", "2024-04-01", "2024-04-30")
MAY31 = per("đến ngày 31/5", None, "2024-05-31")

FIGS = [
    fig("hơn 600 học sinh", "600", 600, "count", "học sinh", approx="over",
        subject="học sinh tham gia chương trình ngoại khóa"),
    fig("của ba trường", "ba", 3, "count", "trường", subject="trường THCS có học sinh tham gia ngoại khóa"),
    fig("có 11.430 học sinh", "11.430", 11430, "count", "học sinh", subject="học sinh THCS toàn huyện"),
    fig("khoảng 4.100 em", "4.100", 4100, "count", "em", approx="about", total=11430,
        subject="học sinh thường xuyên đi xe đạp điện đến trường"),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ lệ học sinh khối lớp 8 và lớp 9 trong số học sinh đi xe đạp điện"),
    fig("cổng 24 trường", "24", 24, "count", "trường", subject="trường được kiểm tra tại cổng"),
    fig("phát hiện 312 trường hợp", "312", 312, "count", "trường hợp",
        subject="trường hợp học sinh không đội mũ bảo hiểm"),
    fig("47 trường hợp", "47", 47, "count", "trường hợp", subject="trường hợp chở ba trên xe đạp điện"),
    fig("và 19 trường hợp", "19", 19, "count", "trường hợp",
        subject="trường hợp học sinh dưới 16 tuổi điều khiển xe máy điện"),
    fig("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True),
    fig("tặng 200 mũ", "200", 200, "count", "mũ bảo hiểm", subject="mũ bảo hiểm trao tặng học sinh"),
    fig("giá 150.000 đồng", "150.000", 150000, "money", "đồng/chiếc", subject="trị giá mỗi mũ bảo hiểm"),
    fig("hai chục suất", "hai chục", 20, "count", "suất quà",
        subject="suất quà cho học sinh có hoàn cảnh khó khăn"),
    fig("chức 34 buổi", "34", 34, "count", "buổi", subject="buổi ngoại khóa huyện đã tổ chức", period=Y23),
    fig("từ 150 đến 200", "150", 150, "measure", "học sinh/buổi", value_max=200,
        subject="học sinh tham gia mỗi buổi ngoại khóa", period=Y23),
    fig("tại 8 trường", "8", 8, "count", "trường", status="forecast",
        subject="trường còn lại tổ chức ngoại khóa", period=APR),
    fig("31/5, 100%", "100", 100, "percent", "%", status="target",
        subject="học sinh đi xe đạp điện ký cam kết chấp hành Luật Giao thông đường bộ", period=MAY31),
]

NOTES = [
    "District portal (huyện Đông Hưng, Thái Bình): banner, menu, '18/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 16/3', 'học kỳ II' (twice), 'lớp 8 và lớp 9', 'chở ba' (name of the violation, carrying three), 'lần thứ XI', phone 0227.3851.234.",
    "Every figure describes the district: location Đông Hưng. Number words: 'ba trường' = 3, 'hai chục suất quà' = 20.",
    "'dưới 16 tuổi' names a group by an age threshold: optional (cf. 'dưới 1 tuổi' in the shared gold h24).",
    "'mỗi chiếc trị giá 150.000 đồng' → unit đồng/chiếc; 'mỗi buổi có từ 150 đến 200 học sinh' → measure, unit học sinh/buổi, range.",
    "'trong tháng 4 năm nay' → April 2024 (dateline year); 'đến ngày 31/5' takes 2024 from it (as-of, start null).",
    "'Dự kiến' governs its clause (8 trường, forecast); 'phấn đấu' governs the clause after ';' (100%, target).",
]

if __name__ == "__main__":
    write("p1372-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Đông Hưng")
