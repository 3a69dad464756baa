"""p1181-2: huyện Tương Dương (Nghệ An) district portal, drill and downstream warning of Bản Vẽ hydropower (June 2024)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TƯƠNG DƯƠNG
Trang chủ | Tin tức | Phòng chống thiên tai | Liên hệ

Diễn tập vận hành xả lũ, cảnh báo hạ du thủy điện Bản Vẽ năm 2024

Đăng ngày: 06/06/2024 - 08:30

Sáng 5/6, UBND huyện phối hợp Công ty Thủy điện Bản Vẽ tổ chức diễn tập ứng phó tình huống xả lũ khẩn cấp tại xã Tam Quang, nằm dọc Quốc lộ 7A. Buổi diễn tập huy động hơn 300 người tham gia, giả định hồ xả với lưu lượng 5.000 m³/s làm ngập 215 hộ ven sông Nậm Nơn.

Thủy điện Bản Vẽ có công suất lắp máy 320 MW (2 tổ máy x 160 MW), dung tích toàn bộ 1,8 tỷ m³. Vùng hạ du chịu ảnh hưởng khi xả lũ gồm 6 xã, thị trấn với khoảng 2.700 hộ, hơn 11.000 nhân khẩu sinh sống ven sông Cả.

Đến nay, nhà máy đã lắp đặt 9 trạm cảnh báo bằng còi, loa phát thanh, bán kính phát âm thanh mỗi trạm từ 1 đến 1,5 km; cắm 42 biển báo nguy hiểm dọc hai bên bờ sông trên chiều dài khoảng 25 km, từ đập chính đến cầu Cửa Rào. Năm 2023, nhà máy thực hiện 3 đợt xả lũ; đợt lớn nhất ngày 28/9/2023 với lưu lượng xả 2.450 m³/s. Trước mỗi đợt xả, công ty đều thông báo cho chính quyền, người dân trước 4 giờ qua điện thoại, loa và tin nhắn.

Năm 2024, huyện dành 150 triệu đồng cho công tác tuyên truyền, tập huấn; phấn đấu 100% hộ dân vùng hạ du được phổ biến quy trình cảnh báo xả lũ. Công ty dự kiến lắp thêm hai trạm cảnh báo tại bản Cửa Rào 1 và bản Xốp Mạt trước ngày 30/6.

Ông Lữ Văn Hải, Phó Chủ tịch UBND huyện, đề nghị các xã rà soát danh sách hộ dân ở vùng trũng, cập nhật số điện thoại người dân để gửi tin nhắn cảnh báo kịp thời.

Tác giả: Lô Thị Mai - Văn phòng HĐND-UBND huyện
"""

DRILL = P("Sáng 5/6", "2024-06-05", "2024-06-05")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
D289 = P("ngày 28/9/2023", "2023-09-28", "2023-09-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BY306 = P("trước ngày 30/6", None, "2024-06-30")
NOW = P("Đến nay", None, "2024-06-06")

FIGS = [
    F("hơn 300 người", "300", 300, "count", "người", approx="over",
      subject="người tham gia diễn tập", period=I(DRILL)),
    F("lưu lượng 5.000 m³/s", "5.000", 5000, "measure", "m³/s", optional=True,
      subject="lưu lượng xả giả định trong diễn tập"),
    F("ngập 215 hộ", "215", 215, "count", "hộ", optional=True,
      subject="hộ bị ngập giả định trong diễn tập"),
    F("lắp máy 320 MW", "320", 320, "measure", "MW", subject="công suất lắp máy thủy điện Bản Vẽ"),
    F("(2 tổ máy", "2", 2, "count", "tổ máy", subject="tổ máy thủy điện Bản Vẽ"),
    F("x 160 MW", "160", 160, "measure", "MW", subject="công suất mỗi tổ máy thủy điện Bản Vẽ"),
    F("1,8 tỷ m³", "1,8", 1800000000, "measure", "m³", subject="dung tích toàn bộ hồ thủy điện Bản Vẽ"),
    F("gồm 6 xã", "6", 6, "count", "xã, thị trấn", subject="xã, thị trấn vùng hạ du chịu ảnh hưởng khi xả lũ"),
    F("khoảng 2.700 hộ", "2.700", 2700, "count", "hộ", approx="about",
      subject="hộ vùng hạ du chịu ảnh hưởng khi xả lũ"),
    F("hơn 11.000 nhân khẩu", "11.000", 11000, "count", "nhân khẩu", approx="over",
      subject="nhân khẩu vùng hạ du sinh sống ven sông Cả"),
    F("lắp đặt 9 trạm", "9", 9, "count", "trạm cảnh báo", subject="trạm cảnh báo bằng còi, loa phát thanh nhà máy đã lắp đặt", period=NOW),
    F("từ 1 đến 1,5 km", "1", 1, "measure", "km", value_max=1.5,
      subject="bán kính phát âm thanh mỗi trạm cảnh báo"),
    F("cắm 42 biển báo", "42", 42, "count", "biển báo", subject="biển báo nguy hiểm dọc bờ sông", period=NOW),
    F("khoảng 25 km", "25", 25, "measure", "km", approx="about",
      subject="chiều dài đoạn sông cắm biển báo từ đập chính đến cầu Cửa Rào"),
    F("thực hiện 3 đợt", "3", 3, "count", "đợt xả lũ", subject="đợt xả lũ thủy điện Bản Vẽ", period=Y23),
    F("xả 2.450 m³/s", "2.450", 2450, "measure", "m³/s",
      subject="lưu lượng xả đợt xả lũ lớn nhất", period=D289),
    F("trước 4 giờ", "4", 4, "measure", "giờ", optional=True,
      subject="thời gian thông báo trước mỗi đợt xả"),
    F("150 triệu đồng", "150", 150000000, "money", "đồng",
      subject="kinh phí huyện dành cho công tác tuyên truyền, tập huấn", period=Y24),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hộ dân vùng hạ du được phổ biến quy trình cảnh báo xả lũ", period=Y24),
    F("thêm hai trạm", "hai", 2, "count", "trạm cảnh báo", status="forecast",
      subject="trạm cảnh báo công ty lắp thêm", period=BY306),
]

NOTES = [
    "District portal (huyện Tương Dương, Nghệ An): drill and downstream warning of Bản Vẽ hydropower. 'Đăng ngày: 06/06/2024 - 08:30'.",
    "Location: the district portal's district (Tương Dương) for every figure.",
    "Distractors: 'Quốc lộ 7A', 'bản Cửa Rào 1', 'hai bên bờ sông' (a number word that is no figure), time 08:30, 'Sáng 5/6'.",
    "The drill's assumed discharge (5.000 m³/s) and flooded households (215) are a scenario: optional.",
    "'(2 tổ máy x 160 MW)': 2 units and 160 MW per unit are both figures. 'trước 4 giờ' may be read '4 hours ahead' or 'before 4 o'clock': optional.",
    "'đợt lớn nhất ngày 28/9/2023 với lưu lượng xả 2.450 m³/s' takes the day; the 3 đợt take 'Năm 2023'.",
    "'Đến nay' is an as-of date at the dateline (end 2024-06-06) for the stations and signs installed; radius and length get none.",
    "'hai trạm' under 'dự kiến' is a forecast; 'trước ngày 30/6' is a deadline (end 2024-06-30, year of the dateline).",
]

if __name__ == "__main__":
    write("p1181-2", TEXT, NOTES, FIGS, published="2024-06-06", location="Tương Dương")
