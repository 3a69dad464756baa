from lib import *

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG THÁP
Tin hoạt động ngành

Quý I/2024, sản lượng cá tra thu hoạch toàn tỉnh đạt hơn 145 nghìn tấn
Ngày đăng: 15/04/2024 | Lượt xem: 1.215

Theo báo cáo của Chi cục Thủy sản, quý I/2024, diện tích nuôi cá tra thương phẩm toàn tỉnh là 2.540 ha, tăng 2,3% so với cùng kỳ năm 2023; sản lượng thu hoạch đạt hơn 145 nghìn tấn, tăng 6,8%. Diện tích nuôi tập trung chủ yếu tại các huyện Thanh Bình (520 ha), Hồng Ngự (410 ha), Tam Nông (365 ha) và thành phố Cao Lãnh (298 ha).

Giá cá tra nguyên liệu loại 1 (size 0,8-1,0 kg/con) tại ao dao động 26.500-27.500 đồng/kg, giảm khoảng 2.000 đồng/kg so với cuối năm 2023. Với mức giá này, người nuôi lãi bình quân 1.000-1.500 đồng/kg; riêng các hộ nuôi nhỏ lẻ thuê ao, mua thức ăn trả chậm gần như hòa vốn.

Toàn tỉnh có 17 nhà máy chế biến cá tra xuất khẩu với tổng công suất khoảng 420.000 tấn nguyên liệu/năm. Quý I, kim ngạch xuất khẩu cá tra của tỉnh ước đạt 102,6 triệu USD, bằng 22,3% kế hoạch năm, giảm 4,1% so với cùng kỳ; trong đó, thị trường Trung Quốc chiếm 31%, Mỹ chiếm 18,5%. Theo các doanh nghiệp, đơn hàng từ thị trường Mỹ đang phục hồi sau khi Bộ Thương mại Mỹ công bố kết quả sơ bộ đợt xem xét hành chính thuế chống bán phá giá lần thứ 19 (POR19).

Năm 2024, ngành nông nghiệp tỉnh đặt chỉ tiêu sản lượng cá tra đạt 560.000 tấn, kim ngạch xuất khẩu cá tra đạt 460 triệu USD. Để đạt chỉ tiêu, Sở đề nghị các doanh nghiệp, hộ nuôi thực hiện nghiêm Quyết định số 1048/QĐ-UBND ngày 12/10/2023 của UBND tỉnh về phát triển chuỗi giá trị cá tra, tăng tỷ lệ vùng nuôi đạt chứng nhận ASC, BAP từ 65% hiện nay lên trên 75% vào cuối năm 2025.

Trung tâm Dịch vụ nông nghiệp"""

q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
q1i = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)
SA = "diện tích nuôi cá tra thương phẩm"
figs = [
    F("đạt hơn 145 nghìn tấn\nNgày", "145", 145000, "measure", "tấn", "sản lượng cá tra thu hoạch", approx="over",
      period=P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("toàn tỉnh là 2.540 ha", "2.540", 2540, "measure", "ha", SA, change=C("increase", 2.3, baseline="cùng kỳ năm 2023"), period=q1),
    F("đạt hơn 145 nghìn tấn, tăng", "145", 145000, "measure", "tấn", "sản lượng cá tra thu hoạch", approx="over",
      change=C("increase", 6.8), period=q1),
    F("Thanh Bình (520 ha)", "520", 520, "measure", "ha", SA, location="Thanh Bình", period=q1i),
    F("Hồng Ngự (410 ha)", "410", 410, "measure", "ha", SA, location="Hồng Ngự", period=q1i),
    F("Tam Nông (365 ha)", "365", 365, "measure", "ha", SA, location="Tam Nông", period=q1i),
    F("Cao Lãnh (298 ha)", "298", 298, "measure", "ha", SA, location="Cao Lãnh", period=q1i),
    F("size 0,8-1,0 kg/con", "0,8", 0.8, "measure", "kg/con", "cỡ cá tra nguyên liệu loại 1", value_max=1.0, optional=True),
    F("dao động 26.500-27.500 đồng/kg", "26.500", 26500, "money", "đồng/kg", "giá cá tra nguyên liệu loại 1 tại ao",
      value_max=27500, change=C("decrease", 2000, unit="đồng/kg", baseline="cuối năm 2023", approx="about")),
    F("lãi bình quân 1.000-1.500 đồng/kg", "1.000", 1000, "money", "đồng/kg", "lãi bình quân của người nuôi", value_max=1500),
    F("có 17 nhà máy", "17", 17, "count", "nhà máy", "nhà máy chế biến cá tra xuất khẩu"),
    F("khoảng 420.000 tấn", "420.000", 420000, "measure", "tấn/năm", "tổng công suất nhà máy chế biến cá tra (tấn nguyên liệu)",
      approx="about"),
    F("ước đạt 102,6 triệu USD", "102,6", 102.6e6, "money", "USD", "kim ngạch xuất khẩu cá tra", status="estimate",
      percent=22.3, change=C("decrease", 4.1, baseline="cùng kỳ"), period=P("Quý I", "2024-01-01", "2024-03-31")),
    F("Trung Quốc chiếm 31%", "31", 31, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu cá tra",
      status="estimate", period=P("Quý I", "2024-01-01", "2024-03-31")),
    F("Mỹ chiếm 18,5%", "18,5", 18.5, "percent", "%", "tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu cá tra",
      status="estimate", period=P("Quý I", "2024-01-01", "2024-03-31")),
    F("lần thứ 19 (POR19)", "19", 19, "count", "lần", "đợt xem xét hành chính", optional=True),
    F("đạt 560.000 tấn", "560.000", 560000, "measure", "tấn", "sản lượng cá tra", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 460 triệu USD", "460", 460e6, "money", "USD", "kim ngạch xuất khẩu cá tra", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 65% hiện nay", "65", 65, "percent", "%", "tỷ lệ vùng nuôi đạt chứng nhận ASC, BAP"),
    F("lên trên 75%", "75", 75, "percent", "%", "tỷ lệ vùng nuôi đạt chứng nhận ASC, BAP", approx="over", status="target",
      period=P("cuối năm 2025", None, "2025-12-31")),
]
header = """Department site (Sở NN&PTNT Đồng Tháp): pangasius farming, prices, processing and exports, quý I/2024.
Dateline 'Ngày đăng: 15/04/2024 | Lượt xem: 1.215' (counter is page furniture).
Distractors: 'loại 1', 'lần thứ 19 (POR19)' (edition, optional; 'POR19' is a name), 'Quyết định số 1048/QĐ-UBND ngày 12/10/2023', 'ASC, BAP'.
'hơn 145 nghìn tấn' occurs in the headline and the body: two figures. District list: places in location; 'thành phố Cao Lãnh' is a city of the province.
Price range '26.500-27.500 đồng/kg' with a change in đồng/kg after 'giảm khoảng'; size class '0,8-1,0 kg/con' optional (class definition).
'Quý I' (no year) takes 2024 from the earlier 'quý I/2024'. Market shares after 'trong đó … chiếm' are percent figures of their own (a percent has
no whole in USD), continuing the 'ước đạt' clause (estimate). '17 nhà máy' and '420.000 tấn' carry no period; capacity unit 'tấn/năm' (shortest; 'nguyên liệu' goes to the subject; revised).
'từ 65% hiện nay lên trên 75% vào cuối năm 2025': the current rate is actual (no period phrase: null); the end rate is a target as of end 2025
(it continues the 'Để đạt chỉ tiêu … đề nghị … tăng' clause)."""
write(3, text, figs, header, published="2024-04-15", location="Đồng Tháp")
