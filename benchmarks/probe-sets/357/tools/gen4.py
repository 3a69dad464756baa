from lib import *

A = """CPI tháng 2 tăng cao nhất trong 4 năm do nhu cầu Tết
Thứ năm, 29/2/2024, 14:35 (GMT+7)

Giá thực phẩm, dịch vụ giao thông tăng mạnh dịp Tết Nguyên đán đẩy chỉ số giá tiêu dùng (CPI) tháng 2/2024 tăng 1,04% so với tháng trước, mức tăng cao nhất trong 4 năm qua.

Theo Tổng cục Thống kê, so với cùng kỳ năm 2023, CPI tháng 2 tăng 3,98%. Bình quân 2 tháng đầu năm, CPI tăng 3,6% so với cùng kỳ; lạm phát cơ bản tăng 2,79%.

Trong 11 nhóm hàng hóa và dịch vụ chính, có 10 nhóm tăng giá so với tháng trước. Nhóm giao thông tăng mạnh nhất với 2,19% do giá xăng trong nước tăng theo giá thế giới và nhu cầu đi lại dịp Tết tăng cao; giá vé máy bay tăng 22,1%, vé tàu hỏa tăng 19,4%.

Nhóm hàng ăn và dịch vụ ăn uống tăng 1,3%, làm CPI chung tăng 0,44 điểm phần trăm. Trong đó, giá thực phẩm tăng 1,72%; giá thịt lợn tăng 3,61%, bình quân giá lợn hơi cả nước dao động 52.000-57.000 đồng/kg; giá rau tươi tăng 4,8%. Lương thực tăng 0,26%, riêng gạo tẻ thường tăng 0,29%. Ở chiều ngược lại, nhóm bưu chính, viễn thông giảm 0,06%.

Tính chung 2 tháng, CPI tăng cao nhất ở Hà Nội (4,67%) và TP Hồ Chí Minh (4,32%); thấp nhất ở Điện Biên (1,85%).

Giá vàng tháng 2 tăng 1,95% so với tháng trước; giá đô la Mỹ tăng 0,84%.

Theo Nghị quyết số 103/2023/QH15, mục tiêu năm 2024 là kiểm soát CPI bình quân tăng 4-4,5%. Chuyên gia cho rằng áp lực lạm phát từ tháng 3 sẽ giảm khi nhu cầu sau Tết hạ nhiệt.

Phương Dung
"""

T2 = P("tháng 2/2024", "2024-02-01", "2024-02-29")
T2b = P("tháng 2", "2024-02-01", "2024-02-29")
T2i = inh(T2)
B2 = P("Bình quân 2 tháng đầu năm", "2024-01-01", "2024-02-29")
C2 = P("Tính chung 2 tháng", "2024-01-01", "2024-02-29")

figs = [
    F("2/2024 tăng 1,04%", "1,04", 1.04, "percent", "%", "chỉ số giá tiêu dùng (CPI) so với tháng trước", T2),
    F("trong 4 năm qua", "4", 4, "count", "năm", None, optional=True),
    F("trong 4 năm do", "4", 4, "count", "năm", None, optional=True),
    F("tăng 3,98%", "3,98", 3.98, "percent", "%", "CPI so với cùng kỳ năm 2023", T2b),
    F("CPI tăng 3,6%", "3,6", 3.6, "percent", "%", "CPI bình quân so với cùng kỳ", B2),
    F("cơ bản tăng 2,79%", "2,79", 2.79, "percent", "%", "lạm phát cơ bản", B2),
    F("Trong 11 nhóm", "11", 11, "count", "nhóm hàng hóa và dịch vụ", "nhóm hàng hóa và dịch vụ chính", T2i, optional=True),
    F("có 10 nhóm tăng giá", "10", 10, "count", "nhóm", "nhóm hàng tăng giá so với tháng trước", T2i, total=11),
    F("nhất với 2,19%", "2,19", 2.19, "percent", "%", "chỉ số giá nhóm giao thông", T2i),
    F("máy bay tăng 22,1%", "22,1", 22.1, "percent", "%", "giá vé máy bay", T2i),
    F("hỏa tăng 19,4%", "19,4", 19.4, "percent", "%", "giá vé tàu hỏa", T2i),
    F("ăn uống tăng 1,3%", "1,3", 1.3, "percent", "%", "chỉ số giá nhóm hàng ăn và dịch vụ ăn uống", T2i),
    F("tăng 0,44 điểm phần trăm", "0,44", 0.44, "measure", "điểm phần trăm", "tác động làm CPI chung tăng", T2i),
    F("thực phẩm tăng 1,72%", "1,72", 1.72, "percent", "%", "giá thực phẩm", T2i),
    F("thịt lợn tăng 3,61%", "3,61", 3.61, "percent", "%", "giá thịt lợn", T2i),
    F("dao động 52.000-57.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "bình quân giá lợn hơi", T2i,
      value_max=57000),
    F("rau tươi tăng 4,8%", "4,8", 4.8, "percent", "%", "giá rau tươi", T2i),
    F("Lương thực tăng 0,26%", "0,26", 0.26, "percent", "%", "giá lương thực", T2i),
    F("thường tăng 0,29%", "0,29", 0.29, "percent", "%", "giá gạo tẻ thường", T2i),
    F("giảm 0,06%", "0,06", 0.06, "percent", "%", "chỉ số giá nhóm bưu chính, viễn thông", T2i),
    F("Hà Nội (4,67%)", "4,67", 4.67, "percent", "%", "CPI tính chung 2 tháng", C2, location="Hà Nội"),
    F("Hồ Chí Minh (4,32%)", "4,32", 4.32, "percent", "%", "CPI tính chung 2 tháng", C2, location="Hồ Chí Minh"),
    F("Điện Biên (1,85%)", "1,85", 1.85, "percent", "%", "CPI tính chung 2 tháng", C2, location="Điện Biên"),
    F("tăng 1,95%", "1,95", 1.95, "percent", "%", "giá vàng so với tháng trước", T2b),
    F("tăng 0,84%", "0,84", 0.84, "percent", "%", "giá đô la Mỹ", T2b),
    F("tăng 4-4,5%", "4", 4, "percent", "%", "CPI bình quân", P("năm 2024", "2024-01-01", "2024-12-31"),
      value_max=4.5, status="target"),
]

write("p357-4", A, figs, [
    "National online press (VnExpress style): GSO CPI tháng 2/2024. Dateline 'Thứ năm, 29/2/2024, 14:35 (GMT+7)', byline at the end.",
    "Every monthly or average rate stands as its own percent figure (no base amount); 'giảm 0,06%' value 0.06 (shared h06 convention).",
    "'tháng 2' (no year) takes 2024 from 'tháng 2/2024' earlier; 'Bình quân 2 tháng đầu năm' / 'Tính chung 2 tháng' -> 1/1-29/2/2024 (leap year).",
    "'0,44 điểm phần trăm' is a measure (contribution to CPI). 'cao nhất trong 4 năm qua' is a duration: optional. 'Trong 11 nhóm' optional, 10 has total 11.",
    "Province list: places to location, subject the list's indicator. National figures location Việt Nam.",
    "'mục tiêu năm 2024 là kiểm soát CPI bình quân tăng 4-4,5%': target range (status target).",
    "revised: subject of the live-pig price range drops the place phrase 'cả nước' (location), as shared h14 does.",
    "Distractors: 'Nghị quyết số 103/2023/QH15', '(GMT+7)', 'so với cùng kỳ năm 2023', 'từ tháng 3'.",
], published="2024-02-29", location="Việt Nam")
