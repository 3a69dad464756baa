"""p937-7: Sở NN&PTNT Khánh Hòa (no dateline) - mô hình trồng nho xanh VietGAP tại Cam Lâm; table one cell per line."""
from lib import F, P, I, C, T, build

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Hiệu quả mô hình trồng nho xanh theo hướng VietGAP tại Cam Lâm

Năm 2024, Trung tâm Khuyến nông tỉnh triển khai mô hình trồng nho xanh giống NH01-48 theo hướng VietGAP tại xã Cam Hải Tây, huyện Cam Lâm với quy mô 5 ha, 11 hộ tham gia. Tổng kinh phí thực hiện 1,35 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 420 triệu đồng, còn lại do người dân đối ứng.

Kết quả cho thấy năng suất nho trong mô hình đạt 24,5 tấn/ha, cao hơn 27,6% so với ngoài mô hình; lợi nhuận bình quân đạt 339 triệu đồng/ha, gấp 2,45 lần so với ngoài mô hình. Lượng thuốc bảo vệ thực vật sử dụng giảm 30-35%, 100% mẫu nho kiểm tra đạt chỉ tiêu an toàn thực phẩm.

Bảng: Hiệu quả kinh tế của mô hình (tính bình quân 1 ha)
Chỉ tiêu
Đơn vị tính
Trong mô hình
Ngoài mô hình
Năng suất
tấn/ha
24,5
19,2
Giá bán bình quân
đồng/kg
26.000
21.000
Tổng thu
triệu đồng/ha
637
403,2
Tổng chi
triệu đồng/ha
298
265
Lợi nhuận
triệu đồng/ha
339
138,2

Toàn tỉnh hiện có khoảng 186 ha nho, tập trung ở Cam Lâm và Cam Ranh. Năm 2025, Trung tâm dự kiến nhân rộng mô hình lên 20 ha.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.146 - Fax: 0258.3822.530
Tổng lượt truy cập: 1.284.617
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CL = "Cam Lâm"

CELLS = [  # (anchor, number, kind, unit, multiplier, row label)
    ("tấn/ha\n24,5", "24,5", "measure", "tấn/ha", 1, "năng suất", "trong mô hình"),
    ("24,5\n19,2", "19,2", "measure", "tấn/ha", 1, "năng suất", "ngoài mô hình"),
    ("đồng/kg\n26.000", "26.000", "money", "đồng/kg", 1, "giá bán bình quân", "trong mô hình"),
    ("26.000\n21.000", "21.000", "money", "đồng/kg", 1, "giá bán bình quân", "ngoài mô hình"),
    ("triệu đồng/ha\n637", "637", "money", "đồng/ha", 1e6, "tổng thu", "trong mô hình"),
    ("637\n403,2", "403,2", "money", "đồng/ha", 1e6, "tổng thu", "ngoài mô hình"),
    ("triệu đồng/ha\n298", "298", "money", "đồng/ha", 1e6, "tổng chi", "trong mô hình"),
    ("298\n265", "265", "money", "đồng/ha", 1e6, "tổng chi", "ngoài mô hình"),
    ("triệu đồng/ha\n339", "339", "money", "đồng/ha", 1e6, "lợi nhuận", "trong mô hình"),
    ("339\n138,2", "138,2", "money", "đồng/ha", 1e6, "lợi nhuận", "ngoài mô hình"),
]

FIGS = [
    F("quy mô 5 ha", "5", "measure", "ha", "quy mô mô hình trồng nho xanh theo hướng VietGAP", period=Y24,
      location=CL),
    F("11 hộ tham gia", "11", "count", "hộ", "hộ tham gia mô hình", period=Y24, location=CL),
    F("thực hiện 1,35 tỷ đồng", "1,35", "money", "đồng", "tổng kinh phí thực hiện mô hình", m=1e9,
      period=I(Y24), location=CL),
    F("hỗ trợ 420 triệu đồng", "420", "money", "đồng", "ngân sách nhà nước hỗ trợ mô hình", m=1e6,
      total=1.35e9, period=I(Y24), location=CL),
    F("đạt 24,5 tấn/ha", "24,5", "measure", "tấn/ha", "năng suất nho trong mô hình", period=I(Y24),
      change=C("increase", 27.6, "%", "ngoài mô hình"), location=CL),
    F("đạt 339 triệu đồng/ha", "339", "money", "đồng/ha", "lợi nhuận bình quân của mô hình", m=1e6,
      period=I(Y24), change=C("increase", 2.45, "lần", "ngoài mô hình"), location=CL),
    F("giảm 30-35%", "30", "percent", "%", "lượng thuốc bảo vệ thực vật sử dụng", vmax=35, period=I(Y24),
      location=CL),
    F("100% mẫu nho", "100", "percent", "%", "mẫu nho kiểm tra đạt chỉ tiêu an toàn thực phẩm", period=I(Y24),
      location=CL),
]
for anchor, number, kind, unit, m, row, col in CELLS:
    FIGS.append(F(anchor, number, kind, unit, f"{row} {col}", m=m, period=I(Y24), location=CL))
FIGS += [
    F("khoảng 186 ha", "186", "measure", "ha", "diện tích nho", approx="about"),
    F("lên 20 ha", "20", "measure", "ha", "quy mô mô hình nhân rộng", status="forecast",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Sở NN&PTNT Khánh Hòa, no dateline: VietGAP green-grape model at Cam Lâm (2024); economic table pasted one cell per line",
    "(header cells Chỉ tiêu / Đơn vị tính / Trong mô hình / Ngoài mô hình, then each row's cells). Unit and multiplier from the",
    "'Đơn vị tính' column ('triệu đồng/ha' = money, đồng/ha, x10^6); subject = row label + column label; period inherited from 'Năm 2024'.",
    "Not figures: 'NH01-48', '1 ha' in the caption (denominator), address '04 Phan Chu Trinh', phone/fax, 'Tổng lượt truy cập: 1.284.617'.",
    "'gấp 2,45 lần so với ngoài mô hình' after the profit is its change (lần), as 'cao hơn 27,6%' is the yield's change.",
]

if __name__ == "__main__":
    build("p937-7", TEXT, FIGS, NOTES, published=None, location="Khánh Hòa")
