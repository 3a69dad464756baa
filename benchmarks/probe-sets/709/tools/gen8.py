"""p709-8: Đà Nẵng city portal, hỗ trợ tiền điện cho hộ nghèo, hộ chính sách năm 2024."""
from lib import F, P, CH, emit, inh

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ » Tin tức » Lao động - Xã hội
Ngày cập nhật: 20/01/2025 | Lượt xem: 642

Gần 2,1 tỷ đồng hỗ trợ tiền điện cho hộ nghèo, hộ chính sách năm 2024

Năm 2024, thành phố đã chi trả hỗ trợ tiền điện cho 3.148 hộ nghèo và hộ chính sách xã hội với tổng kinh phí 2.071,4 triệu đồng, tăng 6,2% so với năm 2023. Trong đó, hộ nghèo là 1.962 hộ, hộ chính sách xã hội là 1.186 hộ.

Mức hỗ trợ tương đương tiền điện sử dụng 30 kWh/hộ/tháng, cụ thể là 54.180 đồng/hộ/tháng trong 9 tháng đầu năm và 56.790 đồng/hộ/tháng trong quý IV/2024 do giá điện điều chỉnh từ ngày 11/10/2024.

Các quận, huyện có số hộ được hỗ trợ nhiều là: Hòa Vang (865 hộ), Liên Chiểu (612 hộ), Cẩm Lệ (498 hộ), Sơn Trà (421 hộ). Kinh phí được chi trả theo quý; có 2.874 hộ nhận tiền qua tài khoản ngân hàng, chiếm 91,3%, số còn lại nhận trực tiếp tại UBND phường, xã.

Bên cạnh đó, năm 2024, Công ty TNHH MTV Điện lực Đà Nẵng đã sửa chữa, thay mới miễn phí đường dây sau công tơ cho 215 hộ nghèo với kinh phí khoảng 430 triệu đồng.

Dự kiến năm 2025, thành phố bố trí khoảng 2,3 tỷ đồng để hỗ trợ tiền điện cho khoảng 3.200 hộ.

Thông tin chi tiết liên hệ Sở Lao động - Thương binh và Xã hội, Tầng 7, Trung tâm Hành chính thành phố, số 24 Trần Phú; ĐT: 0236.3822.263.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "hỗ trợ tiền điện cho hộ nghèo, hộ chính sách", Y24h,
      approx="nearly"),
    F("cho 3.148 hộ", "3.148", 3148, "count", "hộ", "hộ nghèo và hộ chính sách xã hội được hỗ trợ tiền điện", Y24),
    F("phí 2.071,4 triệu đồng", "2.071,4", 2071.4e6, "money", "đồng", "tổng kinh phí hỗ trợ tiền điện", Y24,
      change=CH("increase", 6.2, baseline="năm 2023")),
    F("là 1.962 hộ", "1.962", 1962, "count", "hộ", "hộ nghèo được hỗ trợ tiền điện", inh(Y24), total=3148),
    F("là 1.186 hộ", "1.186", 1186, "count", "hộ", "hộ chính sách xã hội được hỗ trợ tiền điện", inh(Y24),
      total=3148),
    F("sử dụng 30 kWh/hộ/tháng", "30", 30, "measure", "kWh/hộ/tháng", "mức hỗ trợ tiền điện", inh(Y24)),
    F("là 54.180 đồng/hộ/tháng", "54.180", 54180, "money", "đồng/hộ/tháng", "mức hỗ trợ tiền điện",
      P("9 tháng đầu năm", "2024-01-01", "2024-09-30")),
    F("và 56.790 đồng/hộ/tháng", "56.790", 56790, "money", "đồng/hộ/tháng", "mức hỗ trợ tiền điện",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("Hòa Vang (865 hộ)", "865", 865, "count", "hộ", "hộ được hỗ trợ tiền điện", inh(Y24), location="Hòa Vang"),
    F("Liên Chiểu (612 hộ)", "612", 612, "count", "hộ", "hộ được hỗ trợ tiền điện", inh(Y24), location="Liên Chiểu"),
    F("Cẩm Lệ (498 hộ)", "498", 498, "count", "hộ", "hộ được hỗ trợ tiền điện", inh(Y24), location="Cẩm Lệ"),
    F("Sơn Trà (421 hộ)", "421", 421, "count", "hộ", "hộ được hỗ trợ tiền điện", inh(Y24), location="Sơn Trà"),
    F("có 2.874 hộ", "2.874", 2874, "count", "hộ", "hộ nhận tiền qua tài khoản ngân hàng", inh(Y24), percent=91.3),
    F("cho 215 hộ", "215", 215, "count", "hộ nghèo",
      "hộ nghèo được sửa chữa, thay mới miễn phí đường dây sau công tơ", Y24h),
    F("khoảng 430 triệu đồng", "430", 430e6, "money", "đồng", "kinh phí sửa chữa đường dây sau công tơ", Y24h,
      approx="about"),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kinh phí hỗ trợ tiền điện", Y25, approx="about",
      status="forecast"),
    F("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ được hỗ trợ tiền điện", Y25, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Đà Nẵng city portal, 'Ngày cập nhật: 20/01/2025 | Lượt xem: 642': hỗ trợ tiền điện hộ nghèo, hộ chính sách năm 2024.",
    "'Trong đó' parts (1.962 + 1.186 = 3.148) get total 3.148. The district list after '... nhiều là:' follows no whole",
    "figure and does not add up: no total; districts go to location. 'chiếm 91,3%' is the share of 2.874 hộ (no part-of cue: no total).",
    "'9 tháng đầu năm' takes 2024 from 'Năm 2024' (nearest earlier period). 'Dự kiến' governs both 2025 figures.",
    "'Tầng 7', 'số 24 Trần Phú', phone, 'ngày 11/10/2024', 'Lượt xem: 642' are not figures.",
]

if __name__ == "__main__":
    emit("p709-8", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Đà Nẵng")
