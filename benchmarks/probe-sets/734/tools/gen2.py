"""p734-2: Hoàn Kiếm district portal — free public toilets for residents and visitors."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ / Tin tức / Đô thị
Thứ Năm, 14/03/2024 - 10:20

Hoàn Kiếm: 45 nhà vệ sinh công cộng miễn phí phục vụ người dân và du khách

Hiện nay, trên địa bàn quận có 45 nhà vệ sinh công cộng đang hoạt động, gồm 18 nhà vệ sinh cố định, 15 nhà vệ sinh di động và 12 nhà vệ sinh tại nhà hàng, cửa hàng tham gia mô hình "Nhà vệ sinh mở cửa cho khách vãng lai". Khu vực hồ Hoàn Kiếm và phố cổ tập trung 29 nhà, khoảng cách bình quân giữa các nhà vệ sinh khoảng 300 m.

Năm 2023, các nhà vệ sinh công cộng trên địa bàn phục vụ gần 2,7 triệu lượt người, tăng 35% so với năm 2022; riêng các tối cuối tuần mở không gian đi bộ, mỗi tối có từ 8.000 đến 10.000 lượt người sử dụng. Tỷ lệ du khách hài lòng đạt 92,4%, theo khảo sát của Phòng Văn hóa và Thông tin quận.

Kinh phí duy trì, vệ sinh thường xuyên do ngân sách quận chi trả khoảng 3,2 tỷ đồng/năm, đơn giá bình quân 5,9 triệu đồng/nhà vệ sinh/tháng.

Từ đầu năm 2024 đến nay, thực hiện Quyết định số 1129/QĐ-UBND ngày 5/3/2024 của UBND quận, Xí nghiệp Môi trường đô thị số 1 đã cải tạo 6 nhà vệ sinh tại các phố Hàng Khay, Lê Thái Tổ, Đinh Tiên Hoàng với kinh phí 1.850 triệu đồng. Dự kiến trong quý II/2024, quận lắp đặt thêm 4 nhà vệ sinh di động tại khu vực Nhà hát Lớn và ga Hà Nội.

Người dân phát hiện nhà vệ sinh hư hỏng, mất vệ sinh có thể phản ánh qua số điện thoại 024.3825.3536 hoặc trực tiếp tại trụ sở UBND quận, số 126 phố Hàng Trống.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-14")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
NVS = "nhà vệ sinh"

FIGS = [
    F("Hoàn Kiếm: 45 nhà vệ sinh", "45", 45, "count", NVS, "nhà vệ sinh công cộng miễn phí"),
    F("quận có 45 nhà vệ sinh", "45", 45, "count", NVS, "nhà vệ sinh công cộng đang hoạt động"),
    F("gồm 18 nhà vệ sinh", "18", 18, "count", NVS, "nhà vệ sinh cố định", total=45),
    F("15 nhà vệ sinh di động", "15", 15, "count", NVS, "nhà vệ sinh di động", total=45),
    F("và 12 nhà vệ sinh", "12", 12, "count", NVS, "nhà vệ sinh tại nhà hàng, cửa hàng tham gia mô hình", total=45),
    F("tập trung 29 nhà", "29", 29, "count", "nhà", "nhà vệ sinh khu vực hồ Hoàn Kiếm và phố cổ"),
    F("khoảng 300 m", "300", 300, "measure", "m", "khoảng cách bình quân giữa các nhà vệ sinh", approx="about"),
    F("gần 2,7 triệu lượt người", "2,7", 2.7e6, "count", "lượt người", "lượt người được các nhà vệ sinh công cộng phục vụ", Y23,
      approx="nearly", change=CH("increase", 35, baseline="năm 2022")),
    F("từ 8.000 đến 10.000 lượt", "8.000", 8000, "count", "lượt người",
      "lượt người sử dụng nhà vệ sinh mỗi tối cuối tuần mở không gian đi bộ", Y23, value_max=10000),
    F("đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ du khách hài lòng", I(Y23)),
    F("khoảng 3,2 tỷ đồng/năm", "3,2", 3.2e9, "money", "đồng/năm", "kinh phí duy trì, vệ sinh thường xuyên do ngân sách quận chi trả",
      approx="about"),
    F("bình quân 5,9 triệu", "5,9", 5.9e6, "money", "đồng/nhà vệ sinh/tháng", "đơn giá bình quân duy trì nhà vệ sinh"),
    F("cải tạo 6 nhà vệ sinh", "6", 6, "count", NVS, "nhà vệ sinh được cải tạo", YTD),
    F("kinh phí 1.850 triệu đồng", "1.850", 1.85e9, "money", "đồng", "kinh phí cải tạo nhà vệ sinh", YTD),
    F("thêm 4 nhà vệ sinh", "4", 4, "count", NVS, "nhà vệ sinh di động lắp đặt thêm", Q2, status="forecast"),
]

COMMENTS = [
    "Hoàn Kiếm district portal (Hà Nội), dateline 'Thứ Năm, 14/03/2024 - 10:20': free public toilets, use in 2023, upkeep costs, renovation.",
    "Not figures: 'Quyết định số 1129/QĐ-UBND ngày 5/3/2024', 'Xí nghiệp Môi trường đô thị số 1', phone 024.3825.3536, 'số 126 phố Hàng Trống'.",
    "'gồm 18 ..., 15 ... và 12 ...' add up to the 45 before 'gồm': total 45. The 29 toilets around the lake follow no cue: no total.",
    "'Hiện nay' gives no period (unscored). 'Từ đầu năm 2024 đến nay' ends at the dateline. Location is the district throughout.",
    "The 8.000-10.000 range shares the sentence opened by 'Năm 2023'; 92,4% stands in the next sentence (period inherited).",
]

if __name__ == "__main__":
    emit("p734-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hoàn Kiếm")
