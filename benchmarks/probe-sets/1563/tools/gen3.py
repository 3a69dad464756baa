"""p1563-3: ministry site (Cục Kiểm lâm, Bộ NN&PTNT): wild songbird trade violations, 11 months 2024, national."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC KIỂM LÂM
Trang chủ > Tin hoạt động > Bảo tồn thiên nhiên

Tăng cường kiểm soát buôn bán chim hoang dã làm cảnh

18/12/2024 | 14:05 | Phòng Bảo tồn thiên nhiên

Theo báo cáo của Cục Kiểm lâm, 11 tháng năm 2024, lực lượng kiểm lâm cả nước đã phát hiện, xử lý 1.146 vụ vi phạm liên quan đến chim hoang dã, giảm 8,2% so với cùng kỳ năm 2023; tịch thu 23.870 cá thể chim, trong đó có 1.214 cá thể thuộc loài nguy cấp, quý, hiếm. Tổng số tiền xử phạt vi phạm hành chính gần 6,4 tỷ đồng; khởi tố 37 vụ án hình sự.

Các địa phương phát hiện nhiều vụ vi phạm nhất là Hà Nội (142 vụ), Nghệ An (97 vụ), Đồng Nai (88 vụ) và TP Hồ Chí Minh (81 vụ).

Phần lớn chim bị buôn bán là các loài chim hót được ưa chuộng như chào mào, họa mi, khướu, chích chòe lửa, chiếm khoảng 70% số cá thể bị tịch thu. Sau cứu hộ, 19.240 cá thể đã được thả về tự nhiên, bằng 80,6% số chim tịch thu.

Hiện cả nước có 2.863 cơ sở nuôi chim hoang dã thông thường được cấp mã số theo Nghị định số 06/2019/NĐ-CP, tăng gần 1,5 lần so với năm 2022. Các loài thuộc Phụ lục II của Công ước CITES chỉ được nuôi khi chứng minh được nguồn gốc hợp pháp.

Mục tiêu đến năm 2030, 100% cơ sở nuôi chim cảnh có nguồn gốc hoang dã được đăng ký và quản lý trên cơ sở dữ liệu. Trong quý I/2025, Cục Kiểm lâm dự kiến phối hợp với Công an tổ chức 3 đợt cao điểm kiểm tra các chợ chim, cửa hàng sinh vật cảnh.

Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Điện thoại: 024.3733.5676
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
LIST = "vụ vi phạm địa phương phát hiện"

FIGS = [
    fig("xử lý 1.146 vụ", "1.146", 1146, "count", "vụ",
        change=chg("decrease", 8.2, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm liên quan đến chim hoang dã", period=M11),
    fig("tịch thu 23.870 cá thể", "23.870", 23870, "count", "cá thể", subject="cá thể chim tịch thu",
        period=M11),
    fig("có 1.214 cá thể", "1.214", 1214, "count", "cá thể", total=23870,
        subject="cá thể thuộc loài nguy cấp, quý, hiếm", period=M11),
    fig("gần 6,4 tỷ", "6,4", 6.4e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(M11)),
    fig("khởi tố 37 vụ", "37", 37, "count", "vụ án", subject="vụ án hình sự khởi tố", period=inh(M11)),
    fig("Hà Nội (142 vụ)", "142", 142, "count", "vụ", subject=LIST, location="Hà Nội", period=inh(M11)),
    fig("Nghệ An (97 vụ)", "97", 97, "count", "vụ", subject=LIST, location="Nghệ An", period=inh(M11)),
    fig("Đồng Nai (88 vụ)", "88", 88, "count", "vụ", subject=LIST, location="Đồng Nai", period=inh(M11)),
    fig("Minh (81 vụ)", "81", 81, "count", "vụ", subject=LIST, location="TP Hồ Chí Minh", period=inh(M11)),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="các loài chim hót được ưa chuộng trong số cá thể bị tịch thu"),
    fig("19.240 cá thể", "19.240", 19240, "count", "cá thể", percent=80.6,
        subject="cá thể được thả về tự nhiên"),
    fig("có 2.863 cơ sở", "2.863", 2863, "count", "cơ sở",
        change=chg("increase", 1.5, "lần", "năm 2022", approx="nearly"),
        subject="cơ sở nuôi chim hoang dã thông thường được cấp mã số"),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở nuôi chim cảnh có nguồn gốc hoang dã được đăng ký và quản lý", period=T30),
    fig("3 đợt", "3", 3, "count", "đợt", status="forecast",
        subject="đợt cao điểm kiểm tra các chợ chim, cửa hàng sinh vật cảnh", period=Q1),
]

NOTES = [
    "Ministry site (Cục Kiểm lâm, Bộ NN&PTNT): breadcrumb, '18/12/2024 | 14:05 | Phòng Bảo tồn thiên nhiên', address and phone footer. National: location Việt Nam.",
    "Distractors: 14:05, Nghị định số 06/2019/NĐ-CP, 'Phụ lục II', 'Số 2 Ngọc Hà', phone, 'quý I/2025' (period), 'năm 2022' (baseline).",
    "'trong đó có 1.214 cá thể' is a part of the 23.870 birds seized (total). The list 'Hà Nội (142 vụ), ...' shares the indicator; provinces go to location.",
    "The list, the fine and the criminal cases stand in sentences after '11 tháng năm 2024': inherited period (not scored).",
    "'chiếm khoảng 70% số cá thể bị tịch thu' has no base amount in its sentence: a percent figure. 'bằng 80,6% số chim tịch thu' is the percent of 19.240.",
    "'tăng gần 1,5 lần so với năm 2022' → change 1.5 lần, approx nearly. 'Hiện' gives no period.",
    "'Mục tiêu đến năm 2030, 100% ...' → target; 'dự kiến ... 3 đợt' in 'quý I/2025' → forecast.",
]

if __name__ == "__main__":
    write("p1563-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Việt Nam")
