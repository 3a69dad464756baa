"""p1176-4: ministry site (Bộ Công an), national results of car plate auctions to end-2024 and registrations 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động của lực lượng CAND

Hơn 3.000 tỷ đồng thu được từ đấu giá biển số xe ô tô

Ngày đăng: 05/02/2025 | Lượt xem: 4.108

Theo Cục Cảnh sát giao thông, từ ngày 15/9/2023 đến hết ngày 31/12/2024, toàn quốc đã đưa ra đấu giá trực tuyến 112.460 biển số xe ô tô, có 74.235 biển số trúng đấu giá, đạt tỷ lệ 66%. Tổng số tiền trúng đấu giá là 3.046 tỷ đồng; số tiền đã nộp vào ngân sách nhà nước hơn 2.870 tỷ đồng.

Các địa phương có số tiền trúng đấu giá lớn nhất lần lượt là Hà Nội (812,5 tỷ đồng), TP Hồ Chí Minh (604,3 tỷ đồng) và Bình Dương (143,7 tỷ đồng). Biển số có giá trúng cao nhất là 30K-999.99 với 15,4 tỷ đồng; có 93 biển số trúng đấu giá từ 1 tỷ đồng trở lên.

Năm 2024, cả nước đăng ký mới 2.847.615 xe mô tô và 412.308 xe ô tô. Cả nước hiện quản lý khoảng 6,8 triệu xe ô tô; số xe mô tô là 77,2 triệu chiếc. Tỷ lệ hồ sơ đăng ký xe nộp trực tuyến đạt 78,6%, cao hơn 21,3 điểm phần trăm so với năm 2023.

Theo Nghị định số 156/2024/NĐ-CP, từ ngày 1/7/2025, Bộ Công an dự kiến tổ chức đấu giá biển số xe mô tô, xe gắn máy với giá khởi điểm 5 triệu đồng/biển, bước giá 500.000 đồng, thời gian đấu giá mỗi biển số 30 phút.

Cổng thông tin điện tử Bộ Công an - 47 Phạm Văn Đồng, Cầu Giấy, Hà Nội. Điện thoại: 069.234.2593
"""

AUC = per("từ ngày 15/9/2023 đến hết ngày 31/12/2024", "2023-09-15", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "số tiền trúng đấu giá biển số xe ô tô"

FIGS = [
    fig("Hơn 3.000 tỷ", "3.000", 3000000000000, "money", "đồng", approx="over",
        subject="tiền thu được từ đấu giá biển số xe ô tô"),
    fig("trực tuyến 112.460 biển số", "112.460", 112460, "count", "biển số",
        subject="biển số xe ô tô đưa ra đấu giá trực tuyến", period=AUC),
    fig("có 74.235 biển số", "74.235", 74235, "count", "biển số", percent=66,
        subject="biển số trúng đấu giá", period=AUC),
    fig("là 3.046 tỷ", "3.046", 3046000000000, "money", "đồng",
        subject="tổng số tiền trúng đấu giá", period=inh(AUC)),
    fig("hơn 2.870 tỷ", "2.870", 2870000000000, "money", "đồng", approx="over",
        subject="số tiền đã nộp vào ngân sách nhà nước", period=inh(AUC)),
    fig("Hà Nội (812,5 tỷ", "812,5", 812500000000, "money", "đồng",
        subject=LIST, period=inh(AUC), location="Hà Nội"),
    fig("Minh (604,3 tỷ", "604,3", 604300000000, "money", "đồng",
        subject=LIST, period=inh(AUC), location="TP Hồ Chí Minh"),
    fig("Bình Dương (143,7 tỷ", "143,7", 143700000000, "money", "đồng",
        subject=LIST, period=inh(AUC), location="Bình Dương"),
    fig("với 15,4 tỷ", "15,4", 15400000000, "money", "đồng",
        subject="giá trúng cao nhất biển số xe ô tô", period=inh(AUC)),
    fig("có 93 biển số", "93", 93, "count", "biển số",
        subject="biển số trúng đấu giá từ 1 tỷ đồng trở lên", period=inh(AUC)),
    fig("từ 1 tỷ đồng", "1", 1000000000, "money", "đồng", approx="at_least",
        subject="ngưỡng giá trúng đấu giá", optional=True),
    fig("mới 2.847.615 xe", "2.847.615", 2847615, "count", "xe mô tô",
        subject="xe mô tô đăng ký mới", period=Y24),
    fig("và 412.308 xe", "412.308", 412308, "count", "xe ô tô",
        subject="xe ô tô đăng ký mới", period=Y24),
    fig("khoảng 6,8 triệu", "6,8", 6800000, "count", "xe ô tô", approx="about",
        subject="xe ô tô cả nước đang quản lý"),
    fig("là 77,2 triệu", "77,2", 77200000, "count", "chiếc",
        subject="số xe mô tô cả nước đang quản lý"),
    fig("đạt 78,6%", "78,6", 78.6, "percent", "%",
        change=chg("increase", 21.3, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ hồ sơ đăng ký xe nộp trực tuyến", period=inh(Y24)),
    fig("khởi điểm 5 triệu", "5", 5000000, "money", "đồng/biển", status="forecast",
        subject="giá khởi điểm biển số xe mô tô, xe gắn máy"),
    fig("giá 500.000 đồng", "500.000", 500000, "money", "đồng", status="forecast",
        subject="bước giá đấu giá biển số xe mô tô, xe gắn máy"),
    fig("số 30 phút", "30", 30, "measure", "phút", status="forecast",
        subject="thời gian đấu giá mỗi biển số"),
]

NOTES = [
    "Ministry site (Bộ Công an): 'Ngày đăng: 05/02/2025 | Lượt xem: 4.108' (published 2025-02-05). National figures: location Việt Nam.",
    "'có 74.235 biển số trúng đấu giá, đạt tỷ lệ 66%': share as percent attribute; no part-of cue, so no total 112.460.",
    "List 'lần lượt là Hà Nội (812,5 tỷ đồng), ...': each item is a figure, the province its location, subject the list's indicator.",
    "'Biển số có giá trúng cao nhất là 30K-999.99 với 15,4 tỷ đồng' names no province: national (Việt Nam).",
    "'từ 1 tỷ đồng trở lên' is a threshold inside the subject of 93 biển số: optional.",
    "'78,6%, cao hơn 21,3 điểm phần trăm so với năm 2023': a share with a change in điểm phần trăm (not a growth rate).",
    "'dự kiến' governs the whole clause: giá khởi điểm, bước giá and thời gian đấu giá are forecast. 'từ ngày 1/7/2025' is a start date, not a period.",
    "Distractors: 30K-999.99, Nghị định số 156/2024/NĐ-CP, 47 Phạm Văn Đồng, phone 069.234.2593, Lượt xem 4.108.",
]

if __name__ == "__main__":
    write("p1176-4", TEXT, NOTES, FIGS, published="2025-02-05", location="Việt Nam")
