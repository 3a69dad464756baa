"""p1062-1: province portal (Thanh Hóa), toll stations 6 months 2024."""
from lib import F, P, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Lượt xe qua các trạm thu phí trên địa bàn tỉnh tăng mạnh

Theo báo cáo của Sở Giao thông vận tải, 6 tháng đầu năm 2024, bốn trạm thu phí đường bộ trên địa bàn tỉnh Thanh Hóa đã phục vụ khoảng 9,6 triệu lượt xe, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, trạm Bỉm Sơn trên Quốc lộ 1A có lưu lượng lớn nhất với gần 3,8 triệu lượt; các trạm trên cao tốc Bắc - Nam đoạn qua tỉnh lần lượt đạt 2,7 triệu lượt (đoạn Mai Sơn - Quốc lộ 45) và 2,1 triệu lượt (đoạn Quốc lộ 45 - Nghi Sơn).

Tổng doanh thu phí sử dụng đường bộ ước đạt 1.046 tỷ đồng, bằng 52,3% kế hoạch năm, tăng 9,8% so với cùng kỳ. Mức phí tại trạm Bỉm Sơn dao động từ 35.000 đến 180.000 đồng/lượt tùy loại xe.

Tỷ lệ phương tiện sử dụng dịch vụ thu phí điện tử không dừng (ETC) qua các trạm đạt 87,6%, cao hơn 4,2 điểm phần trăm so với cuối năm 2023. Toàn tỉnh hiện có hơn 412.000 phương tiện đã dán thẻ định danh điện tử (eTag), chiếm khoảng 91% tổng số ô tô đăng ký trên địa bàn. Các trạm có tổng cộng 38 làn thu phí, trong đó 30 làn thu phí tự động không dừng và 8 làn hỗn hợp. Thời gian xe qua làn ETC trung bình chỉ khoảng 3 giây, thay vì 15-20 giây khi trả tiền mặt.

Thực hiện Quyết định số 19/2020/QĐ-TTg của Thủ tướng Chính phủ, Sở Giao thông vận tải phối hợp với các nhà cung cấp dịch vụ tổ chức dán thẻ lưu động tại các huyện, thị xã. Phấn đấu đến cuối năm 2024, 100% làn thu phí trên địa bàn tỉnh vận hành theo hình thức không dừng. Doanh thu phí năm 2024 phấn đấu đạt 2.000 tỷ đồng.

Người dân cần hỗ trợ về tài khoản giao thông liên hệ tổng đài 1900 6010 hoặc Sở Giao thông vận tải, số 7 Hạc Thành, TP. Thanh Hóa.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)

FIGS = [
    F("năm 2024, bốn trạm", "bốn", 4, "count", "trạm", "trạm thu phí đường bộ trên địa bàn tỉnh", H1),
    F("khoảng 9,6 triệu lượt xe", "9,6", 9_600_000, "count", "lượt xe", "lượt xe qua các trạm thu phí", H1,
      approx="about", change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("gần 3,8 triệu lượt", "3,8", 3_800_000, "count", "lượt", "lượt xe qua trạm Bỉm Sơn", H1i,
      approx="nearly", total=9_600_000, location="Bỉm Sơn"),
    F("đạt 2,7 triệu lượt", "2,7", 2_700_000, "count", "lượt",
      "lượt xe qua trạm trên cao tốc Bắc - Nam đoạn Mai Sơn - Quốc lộ 45", H1i, total=9_600_000),
    F("và 2,1 triệu lượt", "2,1", 2_100_000, "count", "lượt",
      "lượt xe qua trạm trên cao tốc Bắc - Nam đoạn Quốc lộ 45 - Nghi Sơn", H1i, total=9_600_000),
    F("ước đạt 1.046 tỷ đồng", "1.046", 1_046_000_000_000, "money", "đồng", "tổng doanh thu phí sử dụng đường bộ", H1i,
      percent=52.3, change=chg("increase", 9.8, baseline="cùng kỳ"), status="estimate"),
    F("từ 35.000 đến", "35.000", 35_000, "money", "đồng/lượt", "mức phí tại trạm Bỉm Sơn", value_max=180_000,
      location="Bỉm Sơn"),
    F("đạt 87,6%", "87,6", 87.6, "percent", "%", "tỷ lệ phương tiện sử dụng dịch vụ thu phí điện tử không dừng (ETC)",
      change=chg("increase", 4.2, unit="điểm phần trăm", baseline="cuối năm 2023")),
    F("hơn 412.000 phương tiện", "412.000", 412_000, "count", "phương tiện",
      "phương tiện đã dán thẻ định danh điện tử (eTag)", approx="over", percent=91),
    F("tổng cộng 38 làn", "38", 38, "count", "làn", "làn thu phí của các trạm"),
    F("đó 30 làn", "30", 30, "count", "làn", "làn thu phí tự động không dừng", total=38),
    F("và 8 làn", "8", 8, "count", "làn", "làn hỗn hợp", total=38),
    F("khoảng 3 giây", "3", 3, "measure", "giây", "thời gian xe qua làn ETC trung bình", approx="about"),
    F("15-20 giây", "15", 15, "measure", "giây", "thời gian xe qua trạm khi trả tiền mặt", value_max=20),
    F("2024, 100% làn", "100", 100, "percent", "%", "làn thu phí trên địa bàn tỉnh vận hành theo hình thức không dừng",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
    F("đạt 2.000 tỷ đồng", "2.000", 2_000_000_000_000, "money", "đồng", "doanh thu phí",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa (invented): lượt xe, doanh thu phí, ETC, 6 tháng đầu năm 2024.",
    "Not figures: Lượt xem 2.316, Quốc lộ 1A / Quốc lộ 45 (road names, also inside the bracketed segment names),",
    "Quyết định số 19/2020/QĐ-TTg, tổng đài 1900 6010, số 7 Hạc Thành, dateline 12/07/2024 09:45.",
    "The three station counts follow 'Trong đó' after the 9,6 triệu whole (same thing, same period): total 9 600 000.",
    "The doanh thu sentence has no period phrase of its own: 6 tháng đầu năm 2024 inherited.",
    "revised after the first run: trạm Bỉm Sơn lies in thị xã Bỉm Sơn (a district-level town), so its two figures take",
    "location Bỉm Sơn, as station figures do in p1062-5 (Chi Lăng) and p1062-8 (Thuận An); the gold had Thanh Hóa.",
]

if __name__ == "__main__":
    write("p1062-1", TEXT, FIGS, published="2024-07-12", location="Thanh Hóa", notes=NOTES)
