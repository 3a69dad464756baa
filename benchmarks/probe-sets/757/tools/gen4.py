"""p757-4: Ministry of Public Security site: fireworks points and firecracker accidents, Tết Giáp Thìn 2024."""
from lib import fig, chg, per, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / An ninh trật tự
16/02/2024 | 09:30

Tết Giáp Thìn: 244 điểm bắn pháo hoa bảo đảm an toàn tuyệt đối

Trong 7 ngày nghỉ Tết Nguyên đán (từ ngày 8/2 đến ngày 14/2/2024), cả nước có 56/63 tỉnh, thành phố tổ chức bắn pháo hoa đêm Giao thừa với tổng số 244 điểm bắn, trong đó 51 điểm bắn tầm cao. Địa phương có nhiều điểm bắn nhất là Hà Nội (30 điểm), tiếp đến là Hải Phòng (14 điểm), Thanh Hóa (9 điểm) và TP Hồ Chí Minh (7 điểm). Công an các đơn vị, địa phương đã huy động hơn 32.000 lượt cán bộ, chiến sĩ bảo vệ các điểm bắn, không để xảy ra sự cố.

Tuy nhiên, tình trạng đốt pháo nổ trái phép vẫn diễn ra ở một số nơi. Toàn quốc xảy ra 38 vụ tai nạn do pháo, giảm 11 vụ (22,4%) so với Tết Quý Mão 2023, làm 3 người chết và 41 người bị thương. Lực lượng chức năng phát hiện, bắt giữ 1.126 vụ với 1.542 đối tượng vận chuyển, mua bán, tàng trữ pháo trái phép, thu giữ gần 5,8 tấn pháo các loại.

Theo Bộ Y tế, các cơ sở khám, chữa bệnh đã tiếp nhận 217 ca cấp cứu do pháo, trong đó 64 ca phải nhập viện điều trị. Riêng Bệnh viện Mắt Trung ương tiếp nhận 19 ca tổn thương mắt do pháo.

Bộ Công an đề nghị người dân tuân thủ Nghị định số 137/2020/NĐ-CP về quản lý, sử dụng pháo; phát hiện hành vi vi phạm báo ngay cho cơ quan Công an qua số 113. Người dân chỉ được sử dụng pháo hoa không gây tiếng nổ do Bộ Quốc phòng sản xuất, bán tại các cửa hàng được cấp phép.
"""

NOTES = [
    "p757-4: ministry site (Cổng TTĐT Bộ Công an), date line '16/02/2024 | 09:30': national fireworks points and firecracker accidents.",
    "Period '7 ngày nghỉ Tết Nguyên đán (từ ngày 8/2 đến ngày 14/2/2024)' read as 2024-02-08..2024-02-14 for the figures of its sentence;",
    "'7 ngày' is a duration that locates the figures (not a figure). Later sentences have no period phrase (unscored).",
    "'giảm 11 vụ (22,4%) so với Tết Quý Mão 2023' -> change of 38 vụ (11 vụ); the bracketed 22,4% is a second change -> optional figure.",
    "Provinces in the bracketed list go to location; the list's indicator is 'điểm bắn'. 'Riêng ... 19 ca' has no part-of cue: no total.",
    "Distractors: Nghị định số 137/2020/NĐ-CP, số 113, 16/02/2024 | 09:30, Tết Quý Mão 2023.",
]
VN = "Việt Nam"
PT = per("từ ngày 8/2 đến ngày 14/2/2024", "2024-02-08", "2024-02-14")
FIGS = [
    fig("Thìn: 244 điểm", "244", 244, "count", "điểm", "điểm bắn pháo hoa"),
    fig("có 56/63 tỉnh", "56", 56, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức bắn pháo hoa đêm Giao thừa",
        total=63, period=PT),
    fig("tổng số 244 điểm", "244", 244, "count", "điểm", "điểm bắn", period=PT),
    fig("đó 51 điểm", "51", 51, "count", "điểm", "điểm bắn tầm cao", total=244, period=PT),
    fig("Hà Nội (30 điểm)", "30", 30, "count", "điểm", "điểm bắn", location="Hà Nội"),
    fig("Hải Phòng (14 điểm)", "14", 14, "count", "điểm", "điểm bắn", location="Hải Phòng"),
    fig("Thanh Hóa (9 điểm)", "9", 9, "count", "điểm", "điểm bắn", location="Thanh Hóa"),
    fig("Hồ Chí Minh (7 điểm)", "7", 7, "count", "điểm", "điểm bắn", location="Hồ Chí Minh"),
    fig("hơn 32.000 lượt", "32.000", 32000, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ bảo vệ các điểm bắn",
        approx="over"),
    fig("xảy ra 38 vụ", "38", 38, "count", "vụ", "vụ tai nạn do pháo",
        change=chg("decrease", 11, unit="vụ", baseline="Tết Quý Mão 2023")),
    fig("(22,4%)", "22,4", 22.4, "percent", "%", "vụ tai nạn do pháo giảm so với Tết Quý Mão 2023", optional=True),
    fig("làm 3 người chết", "3", 3, "count", "người", "người chết do tai nạn pháo"),
    fig("41 người bị thương", "41", 41, "count", "người", "người bị thương do tai nạn pháo"),
    fig("bắt giữ 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ vận chuyển, mua bán, tàng trữ pháo trái phép bị bắt giữ"),
    fig("với 1.542 đối tượng", "1.542", 1542, "count", "đối tượng", "đối tượng vận chuyển, mua bán, tàng trữ pháo trái phép"),
    fig("gần 5,8 tấn", "5,8", 5.8, "measure", "tấn", "pháo các loại thu giữ", approx="nearly"),
    fig("tiếp nhận 217 ca", "217", 217, "count", "ca", "ca cấp cứu do pháo"),
    fig("đó 64 ca", "64", 64, "count", "ca", "ca cấp cứu do pháo phải nhập viện điều trị", total=217),
    fig("tiếp nhận 19 ca", "19", 19, "count", "ca", "ca tổn thương mắt do pháo tại Bệnh viện Mắt Trung ương"),
]

if __name__ == "__main__":
    write("p757-4", TEXT, NOTES, FIGS, published="2024-02-16", location=VN)
