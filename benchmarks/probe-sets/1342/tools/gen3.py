"""p1342-3: ministry site (Bộ Giao thông vận tải): national maritime search and rescue, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Hàng hải

6 tháng đầu năm 2024: Cứu được 386 người gặp nạn trên biển

10/07/2024 | 09:30 | Cục Hàng hải Việt Nam

Theo Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam (VMRCC), 6 tháng đầu năm 2024, hệ thống đài thông tin duyên hải đã tiếp nhận, xử lý 1.248 thông tin cấp cứu, khẩn cấp, tăng 8,7% so với cùng kỳ năm 2023. Trong đó có 214 thông tin báo nạn thật, chiếm 17,1%.

Trong nửa đầu năm, các trung tâm phối hợp tìm kiếm, cứu nạn hàng hải khu vực đã trực tiếp tổ chức 63 vụ tìm kiếm, cứu nạn. Trong đó, khu vực miền Trung có 27 vụ (chiếm 42,9%), khu vực Nam Bộ 19 vụ, khu vực phía Bắc 11 vụ và khu vực Nam Trung Bộ 6 vụ. Qua đó đã cứu được 386 người (trong đó có 112 thuyền viên nước ngoài) và 41 phương tiện.

Trong 6 tháng, các tàu SAR 412, SAR 413 và SAR 27-01 đã thực hiện 19 chuyến ra khơi với tổng hành trình hơn 9.800 hải lý; vụ cứu nạn xa nhất tại vị trí có tọa độ 9°12'N - 113°45'E, cách Vũng Tàu khoảng 310 hải lý. Thời gian trung bình từ khi nhận tin báo nạn đến khi tàu rời cảng là 28 phút, giảm 6 phút so với cùng kỳ. Tỷ lệ thông tin báo nạn được xử lý kịp thời đạt 98,6%, vượt mục tiêu đề ra là 95%. Tổng kinh phí chi cho các vụ tìm kiếm, cứu nạn khoảng 14,6 tỷ đồng, bằng 48,7% dự toán năm.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo 6 tháng cuối năm có khoảng 8-10 cơn bão, áp thấp nhiệt đới hoạt động trên Biển Đông, cao hơn trung bình nhiều năm.

Bản quyền thuộc Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.4015
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
I = inh(H1)
SIX = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
REG = "vụ tìm kiếm, cứu nạn khu vực "

FIGS = [
    fig("Cứu được 386 người", "386", 386, "count", "người", subject="người gặp nạn trên biển được cứu",
        period=H1),
    fig("xử lý 1.248 thông tin", "1.248", 1248, "count", "thông tin",
        change=chg("increase", 8.7, "%", "cùng kỳ năm 2023"),
        subject="thông tin cấp cứu, khẩn cấp đài thông tin duyên hải tiếp nhận, xử lý", period=H1),
    fig("có 214 thông tin", "214", 214, "count", "thông tin", total=1248, percent=17.1,
        subject="thông tin báo nạn thật", period=I),
    fig("tổ chức 63 vụ", "63", 63, "count", "vụ",
        subject="vụ tìm kiếm, cứu nạn các trung tâm khu vực trực tiếp tổ chức",
        period=per("Trong nửa đầu năm", "2024-01-01", "2024-06-30")),
    fig("có 27 vụ", "27", 27, "count", "vụ", total=63, percent=42.9, subject=REG + "miền Trung", period=I),
    fig("Nam Bộ 19 vụ", "19", 19, "count", "vụ", total=63, subject=REG + "Nam Bộ", period=I),
    fig("phía Bắc 11 vụ", "11", 11, "count", "vụ", total=63, subject=REG + "phía Bắc", period=I),
    fig("Nam Trung Bộ 6 vụ", "6", 6, "count", "vụ", total=63, subject=REG + "Nam Trung Bộ", period=I),
    fig("cứu được 386 người", "386", 386, "count", "người", subject="người được cứu", period=I),
    fig("có 112 thuyền viên", "112", 112, "count", "thuyền viên", total=386,
        subject="thuyền viên nước ngoài được cứu", period=I),
    fig("và 41 phương tiện", "41", 41, "count", "phương tiện", subject="phương tiện được cứu", period=I),
    fig("thực hiện 19 chuyến", "19", 19, "count", "chuyến", subject="chuyến ra khơi của các tàu SAR",
        period=SIX),
    fig("hơn 9.800 hải lý", "9.800", 9800, "measure", "hải lý", approx="over",
        subject="tổng hành trình các tàu SAR", period=SIX),
    fig("khoảng 310 hải lý", "310", 310, "measure", "hải lý", approx="about",
        subject="khoảng cách từ vị trí vụ cứu nạn xa nhất đến Vũng Tàu"),
    fig("là 28 phút", "28", 28, "measure", "phút", change=chg("decrease", 6, "phút", "cùng kỳ"),
        subject="thời gian trung bình từ khi nhận tin báo nạn đến khi tàu rời cảng", period=I),
    fig("đạt 98,6%", "98,6", 98.6, "percent", "%", target=tgt(95, "%", True),
        subject="tỷ lệ thông tin báo nạn được xử lý kịp thời", period=I),
    fig("khoảng 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", approx="about", percent=48.7,
        subject="tổng kinh phí chi cho các vụ tìm kiếm, cứu nạn", period=I),
    fig("khoảng 8-10 cơn", "8", 8, "count", "cơn bão, áp thấp nhiệt đới", value_max=10, approx="about",
        status="forecast", subject="bão, áp thấp nhiệt đới hoạt động trên Biển Đông", period=H2),
]

NOTES = [
    "Ministry site (Bộ GTVT): breadcrumb, '10/07/2024 | 09:30 | Cục Hàng hải Việt Nam', footer with address and phone. National: Việt Nam.",
    "Distractors: 09:30, ship names 'SAR 412', 'SAR 413', 'SAR 27-01', coordinates 9°12'N - 113°45'E, '80 Trần Hưng Đạo', phone.",
    "Headline period '6 tháng đầu năm 2024' is in the headline line (scored). 'Trong nửa đầu năm', 'Trong 6 tháng' (year-less) → 2024 H1;",
    "sentences without a period phrase inherit H1 (not scored).",
    "'Trong đó, khu vực miền Trung có 27 vụ (chiếm 42,9%), … Nam Trung Bộ 6 vụ' after the sentence with 63 vụ → total 63 (27+19+11+6).",
    "Regions are not provinces: they stay in the subject, location Việt Nam. '386 người (trong đó có 112 thuyền viên nước ngoài)' → total 386.",
    "'28 phút, giảm 6 phút so với cùng kỳ' → change in phút. 'đạt 98,6%, vượt mục tiêu đề ra là 95%' → target 95, met.",
    "'khoảng 14,6 tỷ đồng, bằng 48,7% dự toán năm' → percent 48.7. '6 tháng cuối năm' (year-less) → 2024 H2; 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1342-3", TEXT, NOTES, FIGS, published="2024-07-10", location="Việt Nam")
