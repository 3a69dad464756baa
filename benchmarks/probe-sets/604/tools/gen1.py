"""p604-1: province portal (Nghệ An) — filling stations, e-invoices per sale, sales volume, stock days, targets."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Nghệ An: 97,6% cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán hàng
Cập nhật: 15/07/2024 08:30 | Lượt xem: 3.482

(Cổng TTĐT Nghệ An) - Theo Sở Công Thương, tính đến ngày 30/6/2024, trên địa bàn tỉnh có 624 cửa hàng bán lẻ xăng dầu đang hoạt động, tăng 11 cửa hàng so với cuối năm 2023. Trong đó, 609 cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng theo Nghị định số 123/2020/NĐ-CP, đạt 97,6%; 15 cửa hàng còn lại đang hoàn thiện kết nối dữ liệu với cơ quan thuế.

Các địa phương có nhiều cửa hàng xăng dầu nhất là TP. Vinh (71 cửa hàng), huyện Diễn Châu (48 cửa hàng), Quỳnh Lưu (45 cửa hàng) và Yên Thành (39 cửa hàng); các huyện miền núi Kỳ Sơn, Tương Dương lần lượt chỉ có 4 và 6 cửa hàng. Mật độ bình quân toàn tỉnh khoảng 3,8 cửa hàng/100 km², thấp hơn nhiều so với mức 12,5 cửa hàng/100 km² của vùng đồng bằng ven biển.

6 tháng đầu năm 2024, tổng sản lượng xăng dầu bán ra trên địa bàn ước đạt 412.500 m³, tăng 5,3% so với cùng kỳ, bằng 52,1% kế hoạch năm; trong đó xăng các loại khoảng 168.200 m³, dầu diesel 231.700 m³. Lượng dự trữ tại kho của các thương nhân phân phối luôn duy trì từ 18 đến 20 ngày cung ứng.

Phấn đấu đến hết năm 2024, 100% cửa hàng xăng dầu trên địa bàn xuất hóa đơn điện tử từng lần bán hàng; mục tiêu giai đoạn 2024-2025 phát triển mới khoảng 85 cửa hàng dọc Quốc lộ 1A, Quốc lộ 7 và tuyến đường ven biển.

Mọi vướng mắc xin liên hệ Phòng Quản lý thương mại, Sở Công Thương, số 26 đường Trường Thi, TP. Vinh; điện thoại 0238.3844.217.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Nghệ An: 97,6%", "97,6", 97.6, "percent", "%",
      "cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán hàng", INH(ASOF)),
    F("có 624 cửa hàng", "624", 624, "count", "cửa hàng",
      "cửa hàng bán lẻ xăng dầu đang hoạt động", ASOF,
      change=CH("increase", 11, "cửa hàng", "cuối năm 2023")),
    F("Trong đó, 609 cửa hàng", "609", 609, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng", INH(ASOF), total=624, percent=97.6),
    F("; 15 cửa hàng còn lại", "15", 15, "count", "cửa hàng",
      "cửa hàng đang hoàn thiện kết nối dữ liệu với cơ quan thuế", INH(ASOF), total=624),
    F("Vinh (71 cửa hàng)", "71", 71, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Vinh"),
    F("Diễn Châu (48 cửa hàng)", "48", 48, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Diễn Châu"),
    F("Quỳnh Lưu (45 cửa hàng)", "45", 45, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Quỳnh Lưu"),
    F("Yên Thành (39 cửa hàng)", "39", 39, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Yên Thành"),
    F("chỉ có 4 và", "4", 4, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Kỳ Sơn"),
    F("và 6 cửa hàng", "6", 6, "count", "cửa hàng", "cửa hàng xăng dầu", INH(ASOF), location="Tương Dương"),
    F("khoảng 3,8 cửa hàng", "3,8", 3.8, "measure", "cửa hàng/100 km²",
      "mật độ cửa hàng xăng dầu bình quân toàn tỉnh", approx="about"),
    F("mức 12,5 cửa hàng", "12,5", 12.5, "measure", "cửa hàng/100 km²",
      "mật độ cửa hàng xăng dầu của vùng đồng bằng ven biển"),
    F("ước đạt 412.500 m³", "412.500", 412500, "measure", "m³",
      "tổng sản lượng xăng dầu bán ra", H1, status="estimate", percent=52.1,
      change=CH("increase", 5.3, "%", "cùng kỳ")),
    F("khoảng 168.200 m³", "168.200", 168200, "measure", "m³", "xăng các loại bán ra", H1,
      approx="about", total=412500, status="estimate"),
    F("diesel 231.700 m³", "231.700", 231700, "measure", "m³", "dầu diesel bán ra", H1,
      total=412500, status="estimate"),
    F("từ 18 đến 20 ngày", "18", 18, "measure", "ngày",
      "lượng dự trữ tại kho của các thương nhân phân phối", value_max=20),
    F("2024, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng xăng dầu xuất hóa đơn điện tử từng lần bán hàng",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("khoảng 85 cửa hàng", "85", 85, "count", "cửa hàng", "cửa hàng xăng dầu phát triển mới",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An (province portal): cửa hàng xăng dầu, hóa đơn điện tử từng lần bán hàng, sản lượng 6 tháng 2024.",
    "'Cập nhật: 15/07/2024 08:30' is the dateline; 'Lượt xem: 3.482', Nghị định số 123/2020/NĐ-CP, Quốc lộ 1A/7,",
    "'số 26 đường Trường Thi', the phone number and the denominators '100 km²' are not figures.",
    "609 and 15 follow 'Trong đó' after 624 (same thing, same as-of date): total 624. District items: place in location.",
    "revised after the first run: headline 97,6% subject loses the added word 'tỷ lệ' (not in the sentence; consistency with p604-5).",
    "12,5 stands after 'thấp hơn nhiều so với mức': it is the comparison level, a figure of its own (not a change of 3,8).",
]

if __name__ == "__main__":
    emit("p604-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
