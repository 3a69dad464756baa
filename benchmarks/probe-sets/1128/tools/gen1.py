"""p1128-1: Ninh Thuận province portal, water tanks and new wells for drought-hit households (to mid-May 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Ninh Thuận: Hơn 1.300 hộ dân được hỗ trợ bồn chứa nước chống hạn

Cập nhật: 14/05/2024 08:30 | Lượt xem: 2.417

(ninhthuan.gov.vn) - Từ đầu năm 2024 đến nay, tỉnh Ninh Thuận đã cấp 1.326 bồn chứa nước cho các hộ dân vùng khô hạn với tổng kinh phí 3,2 tỷ đồng. Trong đó, ngân sách tỉnh 2,1 tỷ đồng, nguồn xã hội hóa 1,1 tỷ đồng. Mỗi bồn có dung tích 1,5 m3, đủ dự trữ nước ăn uống cho một hộ trong khoảng 10 ngày. Việc hỗ trợ thực hiện theo Quyết định số 512/QĐ-UBND ngày 02/4/2024 của UBND tỉnh.

Cùng với bồn chứa, các địa phương đã khoan mới 46 giếng tại những thôn thiếu nước nghiêm trọng, gồm huyện Thuận Nam 18 giếng, Ninh Phước 15 giếng và Ninh Sơn 13 giếng. Các giếng có độ sâu từ 60 đến 120 m, lưu lượng bình quân 3 m3/giờ, cung cấp nước sinh hoạt cho khoảng 2.800 hộ với gần 11.000 nhân khẩu, bảo đảm ít nhất 60 lít/người/ngày.

Tại xã Phước Hà (huyện Thuận Nam), cả 4 hồ chứa nhỏ đều đã cạn. Từ ngày 10/3 đến nay, Bộ Chỉ huy Quân sự tỉnh và Công ty CP Cấp thoát nước Ninh Thuận dùng xe bồn chở nước đến các thôn Giá, Tà Dương, trung bình mỗi ngày 6 chuyến, đã cấp 4.560 m3 nước sạch cho 730 hộ.

Theo dự báo, nắng hạn có thể kéo dài đến hết tháng 7, toàn tỉnh có khoảng 5.600 hộ có nguy cơ thiếu nước sinh hoạt. UBND tỉnh đã phê duyệt kế hoạch trong quý III khoan thêm 30 giếng và cấp 800 bồn chứa nước, kinh phí dự kiến 2,5 tỷ đồng.

Đường dây nóng tiếp nhận thông tin thiếu nước sinh hoạt: 0259.3822.116.
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-14")
TRUCK = P("Từ ngày 10/3 đến nay", "2024-03-10", "2024-05-14")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")
TN = "Thuận Nam"
WELLS = "giếng khoan mới tại những thôn thiếu nước nghiêm trọng"

FIGS = [
    F("Hơn 1.300 hộ dân", "1.300", 1300, "count", "hộ dân", approx="over",
      subject="hộ dân được hỗ trợ bồn chứa nước chống hạn"),
    F("cấp 1.326 bồn", "1.326", 1326, "count", "bồn",
      subject="bồn chứa nước cấp cho các hộ dân vùng khô hạn", period=YTD),
    F("tổng kinh phí 3,2 tỷ", "3,2", 3200000000, "money", "đồng",
      subject="tổng kinh phí cấp bồn chứa nước", period=YTD),
    F("ngân sách tỉnh 2,1 tỷ", "2,1", 2100000000, "money", "đồng", total=3200000000,
      subject="kinh phí ngân sách tỉnh", period=I(YTD)),
    F("xã hội hóa 1,1 tỷ", "1,1", 1100000000, "money", "đồng", total=3200000000,
      subject="kinh phí nguồn xã hội hóa", period=I(YTD)),
    F("dung tích 1,5 m3", "1,5", 1.5, "measure", "m3", subject="dung tích mỗi bồn"),
    F("cho một hộ", "một", 1, "count", "hộ", optional=True),
    F("khoảng 10 ngày", "10", 10, "measure", "ngày", approx="about",
      subject="thời gian dự trữ nước ăn uống cho một hộ của mỗi bồn"),
    F("khoan mới 46 giếng", "46", 46, "count", "giếng", subject=WELLS, period=I(YTD)),
    F("Thuận Nam 18 giếng", "18", 18, "count", "giếng", total=46, subject=WELLS, period=I(YTD), location=TN),
    F("Ninh Phước 15 giếng", "15", 15, "count", "giếng", total=46, subject=WELLS, period=I(YTD),
      location="Ninh Phước"),
    F("Ninh Sơn 13 giếng", "13", 13, "count", "giếng", total=46, subject=WELLS, period=I(YTD),
      location="Ninh Sơn"),
    F("từ 60 đến 120 m", "60", 60, "measure", "m", value_max=120, subject="độ sâu các giếng"),
    F("bình quân 3 m3/giờ", "3", 3, "measure", "m3/giờ", subject="lưu lượng bình quân các giếng"),
    F("khoảng 2.800 hộ", "2.800", 2800, "count", "hộ", approx="about",
      subject="hộ được các giếng cung cấp nước sinh hoạt", period=I(YTD)),
    F("gần 11.000 nhân khẩu", "11.000", 11000, "count", "nhân khẩu", approx="nearly",
      subject="nhân khẩu được các giếng cung cấp nước sinh hoạt", period=I(YTD)),
    F("ít nhất 60 lít", "60", 60, "measure", "lít/người/ngày", approx="at_least",
      subject="lượng nước sinh hoạt bảo đảm"),
    F("cả 4 hồ chứa", "4", 4, "count", "hồ chứa", subject="hồ chứa nhỏ đã cạn tại xã Phước Hà", location=TN),
    F("mỗi ngày 6 chuyến", "6", 6, "measure", "chuyến/ngày",
      subject="chuyến xe bồn chở nước trung bình mỗi ngày", period=TRUCK, location=TN),
    F("cấp 4.560 m3", "4.560", 4560, "measure", "m3",
      subject="nước sạch chở bằng xe bồn đã cấp", period=TRUCK, location=TN),
    F("cho 730 hộ", "730", 730, "count", "hộ",
      subject="hộ được cấp nước sạch bằng xe bồn", period=TRUCK, location=TN),
    F("khoảng 5.600 hộ", "5.600", 5600, "count", "hộ", approx="about", status="forecast",
      subject="hộ có nguy cơ thiếu nước sinh hoạt"),
    F("thêm 30 giếng", "30", 30, "count", "giếng", status="target", subject="giếng khoan thêm", period=Q3),
    F("cấp 800 bồn", "800", 800, "count", "bồn", status="target", subject="bồn chứa nước cấp thêm", period=Q3),
    F("dự kiến 2,5 tỷ", "2,5", 2500000000, "money", "đồng", status="forecast",
      subject="kinh phí khoan giếng và cấp bồn chứa nước", period=Q3),
]

NOTES = [
    "Province portal (Ninh Thuận): water tanks and new wells for drought-hit households, from the start of 2024 to mid-May.",
    "Breadcrumb; 'Cập nhật: 14/05/2024 08:30 | Lượt xem: 2.417' is the dateline (published) and a view counter.",
    "Distractors: time 08:30, 'Lượt xem: 2.417', 'Quyết định số 512/QĐ-UBND ngày 02/4/2024', hotline 0259.3822.116, 'đến hết tháng 7' (a time).",
    "'Trong đó' parts of the 3,2 tỷ budget take it as total; the district list after 'gồm' adds up to 46 wells (total 46).",
    "'cho một hộ' is the rate's denominator (optional). Tank capacity, storage days, depth, flow rate and the 60 l/person/day norm get no period.",
    "'kế hoạch trong quý III khoan thêm 30 giếng và cấp 800 bồn' -> target; 'kinh phí dự kiến' -> forecast; 'Theo dự báo … khoảng 5.600 hộ' -> forecast.",
    "Phước Hà commune passage: location Thuận Nam (the district named in brackets), period 'Từ ngày 10/3 đến nay' (2024 from the dateline).",
]

if __name__ == "__main__":
    write("p1128-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Ninh Thuận")
