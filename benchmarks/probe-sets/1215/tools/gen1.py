"""p1215-1: Ninh Bình province portal, footwear exports 9 months 2024."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Ninh Bình: Xuất khẩu giày dép 9 tháng đạt gần 640 triệu USD

Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417

(ninhbinh.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu giày dép của tỉnh Ninh Bình ước đạt 638,5 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, đạt 76% kế hoạch năm. Giày dép tiếp tục là mặt hàng xuất khẩu lớn thứ hai của tỉnh, chỉ sau linh kiện điện tử.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất giày dép, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 41.000 lao động. Các nhà máy tập trung tại TP Tam Điệp (5 doanh nghiệp), huyện Yên Mô (3 doanh nghiệp) và huyện Kim Sơn (2 doanh nghiệp).

Tại Khu công nghiệp Khánh Phú (huyện Yên Khánh), Nhà máy số 3 của Công ty TNHH Giày Kim Phát hiện có khoảng 6.800 công nhân, mỗi năm sản xuất từ 9 đến 10 triệu đôi giày thể thao. Từ đầu năm đến nay, nhà máy đã tuyển mới 1.150 lao động, phần lớn là người địa phương.

Thu nhập bình quân của công nhân ngành giày trong 9 tháng đạt 8,6 triệu đồng/người/tháng, cao hơn khoảng 7% so với cùng kỳ. Các doanh nghiệp đã chi gần 12 tỷ đồng hỗ trợ nhà ở, xe đưa đón cho người lao động.

Quý IV, các doanh nghiệp dự kiến xuất khẩu thêm khoảng 200 triệu USD; cả năm 2024, ngành giày dép phấn đấu đạt kim ngạch 840 triệu USD và giải quyết việc làm mới cho ít nhất 3.000 lao động. Ngày 15/11 tới, Sở Công Thương tổ chức hội nghị kết nối cung ứng nguyên phụ liệu ngành da giày lần thứ 2 tại TP Ninh Bình.
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_IN = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
YK = "Yên Khánh"
FIGS = [
    fig("đạt gần 640 triệu USD", "640", 640e6, "money", "USD", approx="nearly",
        subject="xuất khẩu giày dép", period=NINE_H),
    fig("ước đạt 638,5 triệu USD", "638,5", 638.5e6, "money", "USD", percent=76,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="kim ngạch xuất khẩu giày dép", period=NINE),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng",
        subject="giày dép trong các mặt hàng xuất khẩu của tỉnh", period=inh(NINE)),
    fig("hiện có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp sản xuất giày dép có vốn đầu tư nước ngoài"),
    fig("hơn 41.000 lao động", "41.000", 41000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất giày dép"),
    fig("Tam Điệp (5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép", location="Tam Điệp"),
    fig("Yên Mô (3 doanh nghiệp)", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép", location="Yên Mô"),
    fig("Kim Sơn (2 doanh nghiệp)", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép", location="Kim Sơn"),
    fig("khoảng 6.800 công nhân", "6.800", 6800, "count", "công nhân", approx="about",
        subject="công nhân Nhà máy số 3 của Công ty TNHH Giày Kim Phát", location=YK),
    fig("từ 9 đến 10 triệu đôi", "9", 9e6, "count", "đôi", value_max=10e6,
        subject="giày thể thao sản xuất mỗi năm", location=YK),
    fig("tuyển mới 1.150 lao động", "1.150", 1150, "count", "lao động",
        subject="lao động nhà máy tuyển mới", period=YTD, location=YK),
    fig("đạt 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "cùng kỳ", approx="about"),
        subject="thu nhập bình quân của công nhân ngành giày", period=NINE_IN),
    fig("gần 12 tỷ đồng", "12", 12e9, "money", "đồng", approx="nearly",
        subject="chi hỗ trợ nhà ở, xe đưa đón cho người lao động", period=inh(NINE_IN)),
    fig("khoảng 200 triệu USD", "200", 200e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu giày dép thêm", period=Q4),
    fig("kim ngạch 840 triệu USD", "840", 840e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu ngành giày dép", period=Y24),
    fig("ít nhất 3.000 lao động", "3.000", 3000, "count", "lao động", approx="at_least",
        status="target", subject="lao động được giải quyết việc làm mới", period=Y24),
]

NOTES = [
    "Province portal (Ninh Bình): footwear exports 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417' (published).",
    "Distractors: counter 2.417, time 08:30, 'Nhà máy số 3', 'Ngày 15/11', 'lần thứ 2', 'Khu công nghiệp Khánh Phú'.",
    "Headline '9 tháng' takes 2024 from the dateline. 'lớn thứ hai' is a rank. District list 5+3+2 < 14: no total.",
    "Factory in KCN Khánh Phú (huyện Yên Khánh): its figures get Yên Khánh. 'Từ đầu năm đến nay' ends at the dateline.",
    "'cao hơn khoảng 7% so với cùng kỳ' is the change of 8,6 triệu. 'Quý IV' (no year) → 2024; 'dự kiến' forecast; 'phấn đấu' target governs '… và … ít nhất 3.000'.",
]

if __name__ == "__main__":
    emit("p1215-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Ninh Bình")
