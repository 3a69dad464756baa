"""p1409-2: district portal (huyện Tuy Đức, Đắk Nông): forest-law violations 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY ĐỨC - TỈNH ĐẮK NÔNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Tuy Đức: 6 tháng đầu năm phát hiện 37 vụ vi phạm lâm luật

08/07/2024 - 10:20

Ngày 5/7, Hạt Kiểm lâm huyện Tuy Đức tổ chức hội nghị sơ kết công tác quản lý, bảo vệ rừng 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm, Hạt Kiểm lâm đã phát hiện, lập biên bản 37 vụ vi phạm lâm luật (giảm 12 vụ so với cùng kỳ năm 2023), gồm 15 vụ phá rừng trái phép, 9 vụ khai thác rừng trái phép và 13 vụ vận chuyển lâm sản trái phép. Diện tích rừng bị phá khoảng 8,6 ha, chủ yếu tại xã Quảng Trực và xã Đắk Ngo; lâm sản tịch thu gần 42 m3 gỗ tròn, gỗ xẻ các loại. Hạt đã xử phạt vi phạm hành chính 31 vụ, thu nộp ngân sách 486 triệu đồng, đạt 81% kế hoạch năm; chuyển cơ quan công an đề nghị khởi tố ba vụ.

Toàn huyện hiện có hơn 28.500 ha rừng, giao cho 9 chủ rừng là tổ chức quản lý. Đáng chú ý, tại tiểu khu 1512 và 1516 do Công ty TNHH Lâm nghiệp Nam Nung Xanh quản lý, lực lượng chức năng phát hiện hai chục cây thông bị khoanh vỏ, đổ thuốc diệt cây; diện tích thiệt hại ước khoảng 0,9 ha.

6 tháng cuối năm, Hạt Kiểm lâm phấn đấu giảm 15-20% số vụ vi phạm, không để phát sinh điểm nóng mới; dự kiến tổ chức 12 đợt tuần tra, truy quét liên ngành tại khu vực giáp ranh tỉnh Bình Phước và biên giới Campuchia.

Người dân phát hiện hành vi phá rừng xin báo về Hạt Kiểm lâm huyện Tuy Đức, điện thoại 0261.3546.108.

Nguồn: Hạt Kiểm lâm huyện Tuy Đức

Tin khác:
- Tuy Đức tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024
- Kỳ họp thứ 14 HĐND huyện khóa III

Địa chỉ: Số 02 đường Nguyễn Tất Thành, xã Đắk Buk So, huyện Tuy Đức, tỉnh Đắk Nông
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("phát hiện 37 vụ vi phạm lâm luật\n", "37", 37, "count", "vụ",
        subject="vụ vi phạm lâm luật", period=H1),
    fig("lập biên bản 37 vụ", "37", 37, "count", "vụ",
        change=chg("decrease", 12, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm lâm luật", period=H1),
    fig("gồm 15 vụ", "15", 15, "count", "vụ", total=37,
        subject="vụ phá rừng trái phép", period=H1),
    fig("9 vụ khai thác", "9", 9, "count", "vụ", total=37,
        subject="vụ khai thác rừng trái phép", period=H1),
    fig("và 13 vụ", "13", 13, "count", "vụ", total=37,
        subject="vụ vận chuyển lâm sản trái phép", period=H1),
    fig("khoảng 8,6 ha", "8,6", 8.6, "measure", "ha", approx="about",
        subject="diện tích rừng bị phá", period=inh(H1)),
    fig("gần 42 m3", "42", 42, "measure", "m3", approx="nearly",
        subject="lâm sản tịch thu", period=inh(H1)),
    fig("hành chính 31 vụ", "31", 31, "count", "vụ",
        subject="vụ xử phạt vi phạm hành chính", period=inh(H1)),
    fig("sách 486 triệu", "486", 486e6, "money", "đồng", percent=81,
        subject="thu nộp ngân sách", period=inh(H1)),
    fig("khởi tố ba vụ", "ba", 3, "count", "vụ",
        subject="vụ chuyển cơ quan công an đề nghị khởi tố", period=inh(H1)),
    fig("hơn 28.500 ha", "28.500", 28500, "measure", "ha", approx="over",
        subject="diện tích rừng toàn huyện"),
    fig("cho 9 chủ rừng", "9", 9, "count", "chủ rừng",
        subject="chủ rừng là tổ chức được giao quản lý rừng"),
    fig("hai chục cây", "hai chục", 20, "count", "cây thông",
        subject="cây thông bị khoanh vỏ, đổ thuốc diệt cây"),
    fig("khoảng 0,9 ha", "0,9", 0.9, "measure", "ha", approx="about", status="estimate",
        subject="diện tích thiệt hại"),
    fig("giảm 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="số vụ vi phạm giảm", period=H2),
    fig("tổ chức 12 đợt", "12", 12, "count", "đợt", status="forecast",
        subject="đợt tuần tra, truy quét liên ngành", period=H2),
]

NOTES = [
    "District portal (huyện Tuy Đức, Đắk Nông): banner naming the district, menu, dateline '08/07/2024 - 10:20', Nguồn, Tin khác, address footer.",
    "Distractors: 'Ngày 5/7', 'tiểu khu 1512 và 1516', phone 0261.3546.108, 'Kỳ họp thứ 14 HĐND huyện khóa III', 'Số 02 đường Nguyễn Tất Thành', years in links.",
    "Location: every figure is the district's (Tuy Đức); communes (Quảng Trực, Đắk Ngo) are below the district level.",
    "Year-less '6 tháng đầu năm' takes 2024 (dateline and the earlier '6 tháng đầu năm 2024'); '6 tháng cuối năm' → Jul-Dec 2024.",
    "'37 vụ ... (giảm 12 vụ so với cùng kỳ năm 2023), gồm 15 ..., 9 ... và 13 ...': change −12 vụ; parts after 'gồm' take total 37 (15+9+13=37).",
    "'486 triệu đồng, đạt 81% kế hoạch năm' → percent 81 (share of the plan). 'ba vụ', 'hai chục cây' are number words (3, 20).",
    "'diện tích thiệt hại ước khoảng 0,9 ha' → approx about and status estimate. 'phấn đấu giảm 15-20%' → target range; 'dự kiến tổ chức 12 đợt' → forecast.",
]

if __name__ == "__main__":
    write("p1409-2", TEXT, NOTES, FIGS, published="2024-07-08", location="Tuy Đức")
