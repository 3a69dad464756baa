"""p1112-5: Báo Ninh Thuận (Party/provincial newspaper): glass-bottom boats and canoes on Vĩnh Hy Bay, summer 2023."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch vịnh Vĩnh Hy vào mùa

Những ngày cao điểm hè, bến tàu Vĩnh Hy (xã Vĩnh Hải, huyện Ninh Hải) luôn tấp nập du khách. Từ Quốc lộ 1A, khách rẽ vào tuyến đường ven biển để đến vịnh. Theo UBND huyện Ninh Hải, 7 tháng đầu năm 2023, vịnh Vĩnh Hy đón gần 186.000 lượt khách, tăng 27% so với cùng kỳ, doanh thu từ dịch vụ tàu tham quan ước đạt 38 tỷ đồng.

Hiện trên vịnh có 68 tàu du lịch, gồm 45 tàu đáy kính và 23 ca nô, được Sở Giao thông vận tải cấp phép hoạt động. Giá thuê một tàu đáy kính cho nhóm 10 người là 1,5 triệu đồng/chuyến, thời gian khoảng 2 giờ; ca nô cao tốc giá từ 2 đến 2,5 triệu đồng/chuyến. Ông Trần Văn Năm, chủ tàu Vĩnh Hy 09, cho biết mỗi ngày tàu của ông chạy 4-5 chuyến, thu nhập bình quân khoảng 18 triệu đồng/tháng sau khi trừ chi phí.

Để bảo đảm an toàn, từ đầu tháng 5 đến nay, Đồn Biên phòng Vĩnh Hải phối hợp các ngành kiểm tra 152 lượt phương tiện, nhắc nhở 17 chủ tàu chưa trang bị đủ áo phao; 100% du khách khi xuống tàu được yêu cầu mặc áo phao. Dự kiến bến du thuyền Vĩnh Hy sẽ có 40 vị trí neo đậu, tổng vốn đầu tư khoảng 120 tỷ đồng.

Năm 2023, tỉnh Ninh Thuận phấn đấu đón 3 triệu lượt khách du lịch, trong đó khách đến vịnh Vĩnh Hy chiếm khoảng 10%.

HOÀNG ANH
21/08/2023
"""

M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
SINCE = P("từ đầu tháng 5 đến nay", "2023-05-01", "2023-08-21")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 186.000 lượt khách", "186.000", 186_000, "count", "lượt khách", "lượt khách đến vịnh Vĩnh Hy",
      M7, approx="nearly", change=C("increase", 27, "%", "cùng kỳ")),
    F("ước đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", "doanh thu từ dịch vụ tàu tham quan", M7,
      status="estimate"),
    F("có 68 tàu du lịch", "68", 68, "count", "tàu du lịch", "tàu du lịch được cấp phép hoạt động trên vịnh Vĩnh Hy"),
    F("gồm 45 tàu đáy kính", "45", 45, "count", "tàu đáy kính", "tàu đáy kính", total=68),
    F("23 ca nô", "23", 23, "count", "ca nô", "ca nô", total=68),
    F("nhóm 10 người", "10", 10, "count", "người", optional=True),
    F("là 1,5 triệu đồng/chuyến", "1,5", 1_500_000, "money", "đồng/chuyến", "giá thuê một tàu đáy kính"),
    F("khoảng 2 giờ", "2", 2, "measure", "giờ", "thời gian một chuyến tàu đáy kính", approx="about"),
    F("giá từ 2 đến 2,5 triệu", "2", 2_000_000, "money", "đồng/chuyến", "giá thuê ca nô cao tốc",
      value_max=2_500_000),
    F("chạy 4-5 chuyến", "4", 4, "measure", "chuyến/ngày", "số chuyến tàu chạy mỗi ngày", value_max=5),
    F("khoảng 18 triệu đồng/tháng", "18", 18e6, "money", "đồng/tháng", "thu nhập bình quân của chủ tàu",
      approx="about"),
    F("kiểm tra 152 lượt phương tiện", "152", 152, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm tra", SINCE),
    F("nhắc nhở 17 chủ tàu", "17", 17, "count", "chủ tàu", "chủ tàu bị nhắc nhở vì chưa trang bị đủ áo phao",
      SINCE),
    F("100% du khách", "100", 100, "percent", "%", "du khách được yêu cầu mặc áo phao khi xuống tàu", SINCE),
    F("có 40 vị trí neo đậu", "40", 40, "count", "vị trí neo đậu", "vị trí neo đậu của bến du thuyền Vĩnh Hy",
      status="forecast"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng vốn đầu tư bến du thuyền Vĩnh Hy",
      approx="about", status="forecast"),
    F("đón 3 triệu lượt khách", "3", 3_000_000, "count", "lượt khách", "lượt khách du lịch đến Ninh Thuận", Y,
      status="target", location="Ninh Thuận"),
    F("chiếm khoảng 10%", "10", 10, "percent", "%", "tỷ trọng khách đến vịnh Vĩnh Hy", Y, approx="about",
      status="target", location="Ninh Thuận"),
]

NOTES = [
    "Báo Ninh Thuận (provincial Party newspaper): Vĩnh Hy Bay, huyện Ninh Hải; byline 'HOÀNG ANH' and bare date '21/08/2023' at the end.",
    "Distractors: 'Quốc lộ 1A', 'Ông Trần Văn Năm' (a name), 'tàu Vĩnh Hy 09' (a boat's name), 'xã Vĩnh Hải'.",
    "Location: the district Ninh Hải (figures from UBND huyện Ninh Hải; the commune lies in it); the 2023 province target is Ninh Thuận.",
    "'nhóm 10 người' is an example's specification (optional). '4-5 chuyến' per day is a rate (measure, chuyến/ngày).",
    "'khách đến vịnh Vĩnh Hy chiếm khoảng 10%' after 'trong đó' is a share without a base amount: its own percent figure, target.",
    "'Dự kiến' governs the berth count and the capital of the planned marina (forecast).",
]

if __name__ == "__main__":
    write("p1112-5", TEXT, NOTES, FIGS, published="2023-08-21", location="Ninh Hải")
