"""p946-4: ministry site (Bộ NN&PTNT), national rambutan area, exports, growing-area codes, 2030 targets."""
from lib import F, P, Y, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Phát triển chôm chôm theo hướng bền vững, gắn với mã số vùng trồng
Ngày đăng: 19/11/2024 | Lượt xem: 1.046

Theo Cục Trồng trọt, cả nước hiện có khoảng 31.500 ha chôm chôm, sản lượng năm 2024 ước đạt 352.000 tấn, tăng 4,8% so với năm 2023. Vùng Đông Nam Bộ và Đồng bằng sông Cửu Long chiếm trên 95% diện tích. Các địa phương có diện tích lớn lần lượt là Đồng Nai (14.200 ha), Vĩnh Long (6.540 ha), Bến Tre (4.900 ha) và Tiền Giang (1.650 ha).

Việt Nam hiện đứng thứ 3 thế giới về sản lượng chôm chôm, sau Thái Lan và Indonesia. Năm 2024, kim ngạch xuất khẩu chôm chôm ước đạt 48 triệu USD, tăng gấp 1,6 lần so với năm 2023. Trung Quốc là thị trường lớn nhất, chiếm 62% kim ngạch; tiếp theo là Hoa Kỳ (14%) và Hàn Quốc (7%). Giá xuất khẩu bình quân khoảng 1,2 USD/kg.

Đến hết tháng 10/2024, cả nước đã cấp 186 mã số vùng trồng chôm chôm phục vụ xuất khẩu với tổng diện tích 8.950 ha, trong đó 74 mã số phục vụ thị trường Trung Quốc, 58 mã số phục vụ thị trường Hoa Kỳ. Qua kiểm tra, 12 mã số đã bị thu hồi do vi phạm quy định về kiểm dịch thực vật.

Theo Đề án phát triển cây ăn quả chủ lực ban hành kèm Quyết định số 4434/QĐ-BNN-TT, đến năm 2030 diện tích chôm chôm cả nước được duy trì ổn định khoảng 30.000 ha, trong đó diện tích đạt chứng nhận VietGAP và tương đương chiếm trên 50%. Bộ cũng đặt mục tiêu tỷ lệ chôm chôm qua chế biến, bảo quản sau thu hoạch đạt 20-25%.

Cục Trồng trọt đề nghị các địa phương không mở rộng diện tích tự phát, khuyến cáo nông dân trồng với mật độ 150-200 cây/ha, tỉa cành, bao trái và ghi chép nhật ký sản xuất để truy xuất nguồn gốc.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y24 = Y(2024)
Y24B = Y(2024, "Năm 2024")
OCT = P("Đến hết tháng 10/2024", None, "2024-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng kim ngạch xuất khẩu chôm chôm sang thị trường "

FIGS = [
    F("khoảng 31.500 ha", "31.500", "measure", "ha", "diện tích chôm chôm", approx="about"),
    F("ước đạt 352.000 tấn", "352.000", "measure", "tấn", "sản lượng chôm chôm",
      change=C("increase", 4.8, baseline="năm 2023"), status="estimate", period=Y24),
    F("trên 95% diện tích", "95", "percent", "%",
      "diện tích chôm chôm của vùng Đông Nam Bộ và Đồng bằng sông Cửu Long", approx="over"),
    F("Đồng Nai (14.200 ha)", "14.200", "measure", "ha", "diện tích chôm chôm", location="Đồng Nai"),
    F("Vĩnh Long (6.540 ha)", "6.540", "measure", "ha", "diện tích chôm chôm", location="Vĩnh Long"),
    F("Bến Tre (4.900 ha)", "4.900", "measure", "ha", "diện tích chôm chôm", location="Bến Tre"),
    F("Tiền Giang (1.650 ha)", "1.650", "measure", "ha", "diện tích chôm chôm", location="Tiền Giang"),
    F("đứng thứ 3 thế giới", "3", "rank", "hạng", "thứ hạng sản lượng chôm chôm của Việt Nam trên thế giới"),
    F("ước đạt 48 triệu USD", "48", "money", "USD", "kim ngạch xuất khẩu chôm chôm",
      change=C("increase", 1.6, "lần", baseline="năm 2023"), status="estimate", period=Y24B),
    F("chiếm 62% kim ngạch", "62", "percent", "%", SHARE + "Trung Quốc", period=I(Y24B)),
    F("Hoa Kỳ (14%)", "14", "percent", "%", SHARE + "Hoa Kỳ", period=I(Y24B)),
    F("Hàn Quốc (7%)", "7", "percent", "%", SHARE + "Hàn Quốc", period=I(Y24B)),
    F("khoảng 1,2 USD/kg", "1,2", "money", "USD/kg", "giá xuất khẩu chôm chôm bình quân",
      approx="about", period=I(Y24B)),
    F("cấp 186 mã số", "186", "count", "mã số vùng trồng", "mã số vùng trồng chôm chôm phục vụ xuất khẩu",
      period=OCT),
    F("tổng diện tích 8.950 ha", "8.950", "measure", "ha", "diện tích mã số vùng trồng chôm chôm phục vụ xuất khẩu",
      period=OCT),
    F("đó 74 mã số", "74", "count", "mã số", "mã số vùng trồng phục vụ thị trường Trung Quốc", total=186, period=OCT),
    F("58 mã số", "58", "count", "mã số", "mã số vùng trồng phục vụ thị trường Hoa Kỳ", total=186, period=OCT),
    F("12 mã số", "12", "count", "mã số", "mã số vùng trồng chôm chôm bị thu hồi"),
    F("khoảng 30.000 ha", "30.000", "measure", "ha", "diện tích chôm chôm cả nước",
      approx="about", status="target", period=T30),
    F("chiếm trên 50%", "50", "percent", "%", "diện tích chôm chôm đạt chứng nhận VietGAP và tương đương",
      approx="over", status="target", period=T30),
    F("đạt 20-25%", "20", "percent", "%", "tỷ lệ chôm chôm qua chế biến, bảo quản sau thu hoạch",
      value_max=25, status="target", period=I(T30)),
    F("mật độ 150-200 cây/ha", "150", "measure", "cây/ha", "mật độ trồng chôm chôm khuyến cáo",
      value_max=200, optional=True),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Trồng trọt), 19/11/2024: national rambutan area, output, exports by market, growing-area codes, 2030 targets.",
    "All figures are national (Việt Nam) except the province list (location = each province; no total: a ranking that does not add up).",
    "Export markets (Trung Quốc, Hoa Kỳ, Hàn Quốc) are trade partners, not places: location Việt Nam; the regions' share keeps Việt Nam.",
    "'tăng gấp 1,6 lần so với năm 2023' is the change of 48 triệu USD (unit lần). Recommended planting density is a norm (optional).",
    "Distractors: Ngày đăng 19/11/2024, Lượt xem 1.046, Quyết định số 4434/QĐ-BNN-TT, Số 2 Ngọc Hà, phone 024.3845.9670.",
]

write("p946-4", TEXT, FIGS, NOTES, published="2024-11-19", location="Việt Nam")
