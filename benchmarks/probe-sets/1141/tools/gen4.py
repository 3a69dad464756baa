"""p1141-4: ministry site (Cục Thú y, Bộ NN&PTNT); national surveillance of avian influenza at markets, 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC THÚ Y
Trang chủ > Tin tức > Dịch bệnh động vật

Kết quả giám sát lưu hành vi rút cúm gia cầm tại chợ năm 2023

Ngày đăng: 14/03/2024 | Lượt xem: 1.075

Năm 2023, Cục Thú y phối hợp với 7 Cơ quan Thú y vùng và 25 tỉnh, thành phố triển khai giám sát lưu hành vi rút cúm gia cầm tại 68 chợ buôn bán gia cầm sống. Tổng số 4.080 mẫu swab hầu họng và môi trường đã được xét nghiệm bằng phương pháp Realtime RT-PCR, trong đó 612 mẫu dương tính với vi rút cúm A, chiếm 15%.

Trong số 612 mẫu dương tính cúm A, có 58 mẫu dương tính với phân type H5N1, 21 mẫu với H5N6 và 173 mẫu với H9N2. Tỷ lệ mẫu dương tính cúm A/H5 cao nhất ghi nhận tại Cần Thơ (6,8%), Hà Nội (5,2%) và Thanh Hóa (4,9%).

So với năm 2022, tỷ lệ mẫu dương tính cúm A tại chợ giảm 2,3 điểm phần trăm. Tuy nhiên, vi rút cúm A/H5N1 clade 2.3.4.4b vẫn được phát hiện tại 9 tỉnh, cho thấy nguy cơ tái phát dịch là rất cao.

Cả năm 2023, cả nước xảy ra 19 ổ dịch cúm gia cầm tại 11 tỉnh; tổng số gia cầm mắc bệnh, chết và tiêu hủy là 61.200 con, giảm 74,5% so với năm 2022.

Năm 2024, Cục Thú y dự kiến giám sát tại 70 chợ thuộc 26 tỉnh, thành phố với khoảng 4.200 mẫu; đồng thời đề nghị các địa phương duy trì "ngày chợ không có gia cầm sống" mỗi tháng một lần.

CỤC THÚ Y - Số 15 ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội
Điện thoại: 024.3869.6788 | Email: cucthuy@mard.gov.vn
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23B = per("Cả năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H5 = "tỷ lệ mẫu dương tính cúm A/H5"

FIGS = [
    fig("với 7 Cơ quan", "7", 7, "count", "Cơ quan Thú y vùng",
        subject="Cơ quan Thú y vùng phối hợp giám sát", period=Y23),
    fig("và 25 tỉnh", "25", 25, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố triển khai giám sát lưu hành vi rút cúm gia cầm", period=Y23),
    fig("tại 68 chợ", "68", 68, "count", "chợ",
        subject="chợ buôn bán gia cầm sống được giám sát", period=Y23),
    fig("Tổng số 4.080 mẫu", "4.080", 4080, "count", "mẫu",
        subject="mẫu swab hầu họng và môi trường được xét nghiệm", period=inh(Y23)),
    fig("trong đó 612 mẫu", "612", 612, "count", "mẫu", total=4080, percent=15,
        subject="mẫu dương tính với vi rút cúm A", period=inh(Y23)),
    fig("Trong số 612 mẫu", "612", 612, "count", "mẫu", optional=True,
        subject="mẫu dương tính cúm A", period=inh(Y23)),
    fig("có 58 mẫu", "58", 58, "count", "mẫu", total=612,
        subject="mẫu dương tính với phân type H5N1", period=inh(Y23)),
    fig("21 mẫu", "21", 21, "count", "mẫu", total=612,
        subject="mẫu dương tính với phân type H5N6", period=inh(Y23)),
    fig("173 mẫu", "173", 173, "count", "mẫu", total=612,
        subject="mẫu dương tính với phân type H9N2", period=inh(Y23)),
    fig("Cần Thơ (6,8%)", "6,8", 6.8, "percent", "%", subject=H5, period=inh(Y23), location="Cần Thơ"),
    fig("Hà Nội (5,2%)", "5,2", 5.2, "percent", "%", subject=H5, period=inh(Y23), location="Hà Nội"),
    fig("Thanh Hóa (4,9%)", "4,9", 4.9, "percent", "%", subject=H5, period=inh(Y23), location="Thanh Hóa"),
    fig("giảm 2,3 điểm", "2,3", 2.3, "measure", "điểm phần trăm",
        subject="tỷ lệ mẫu dương tính cúm A tại chợ", period=inh(Y23)),
    fig("tại 9 tỉnh", "9", 9, "count", "tỉnh",
        subject="tỉnh phát hiện vi rút cúm A/H5N1 clade 2.3.4.4b", period=inh(Y23)),
    fig("xảy ra 19 ổ dịch", "19", 19, "count", "ổ dịch", subject="ổ dịch cúm gia cầm", period=Y23B),
    fig("tại 11 tỉnh", "11", 11, "count", "tỉnh", subject="tỉnh có ổ dịch cúm gia cầm", period=Y23B),
    fig("là 61.200 con", "61.200", 61200, "count", "con",
        change=chg("decrease", 74.5, "%", "năm 2022"),
        subject="tổng số gia cầm mắc bệnh, chết và tiêu hủy", period=Y23B),
    fig("tại 70 chợ", "70", 70, "count", "chợ", status="forecast",
        subject="chợ được giám sát", period=Y24),
    fig("thuộc 26 tỉnh", "26", 26, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố có chợ được giám sát", period=Y24),
    fig("khoảng 4.200 mẫu", "4.200", 4200, "count", "mẫu", approx="about", status="forecast",
        subject="mẫu giám sát", period=Y24),
    fig("mỗi tháng một lần", "một", 1, "measure", "lần/tháng", optional=True, status="forecast",
        subject="ngày chợ không có gia cầm sống"),
]

NOTES = [
    "Ministry site (Cục Thú y, Bộ NN&PTNT): national results of avian-influenza surveillance at live poultry markets, 2023.",
    "'Ngày đăng: 14/03/2024 | Lượt xem: 1.075'. National article: location Việt Nam except the province list items.",
    "Distractors: counter 1.075, 'Realtime RT-PCR', H5N1/H5N6/H9N2, 'clade 2.3.4.4b', address 'Số 15 ngõ 78 đường Giải Phóng',",
    "phone 024.3869.6788. The repeated '612' after 'Trong số' only introduces the breakdown (optional); 58/21/173 take total 612.",
    "'giảm 2,3 điểm phần trăm' stands alone as the claim (no base figure in its sentence): a figure of its own in",
    "percentage points (measure, unit 'điểm phần trăm'), no change object; baseline 'năm 2022' is not its period.",
    "'mỗi tháng một lần' is a recommended frequency (optional). The 2024 plan is 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    build("p1141-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
