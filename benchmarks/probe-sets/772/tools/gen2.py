from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Tin tức > Hoạt động Đoàn thể
Thứ Sáu, 12/07/2024 - 16:20

Krông Bông tiếp nhận 214 chiến sĩ tình nguyện Mùa hè xanh

Chiều 10/7, Huyện đoàn Krông Bông tổ chức lễ tiếp nhận 7 đội hình tình nguyện với 214 chiến sĩ của 3 trường: Đại học Tây Nguyên, Đại học Sư phạm TP Hồ Chí Minh và Cao đẳng Kỹ thuật Đắk Lắk.

Các đội hình đóng quân tại 6 xã gồm: Cư Kty (42 chiến sĩ), Hòa Sơn (38 chiến sĩ), Yang Reh (36 chiến sĩ), Ea Trul (35 chiến sĩ), Hòa Tân (33 chiến sĩ) và Khuê Ngọc Điền (30 chiến sĩ). Riêng Đội hình số 5 đóng quân tại thôn 2, xã Hòa Sơn.

Trong 30 ngày hoạt động, các đội hình dự kiến xây dựng 4 công trình thanh niên gồm 2 tuyến đường bê tông dài 1,8 km, 1 sân chơi thiếu nhi và 1 nhà văn hóa thôn; mở 12 lớp học tiếng Việt cho khoảng 360 em thiếu nhi đồng bào dân tộc thiểu số; khám bệnh, cấp thuốc miễn phí cho hơn 1.500 lượt người dân.

Tổng kinh phí thực hiện các phần việc ước đạt 465 triệu đồng, trong đó các nhà trường đóng góp 280 triệu đồng, phần còn lại do UBND huyện và các nhà hảo tâm hỗ trợ.

Năm 2023, huyện tiếp nhận 168 chiến sĩ. Như vậy, số chiến sĩ về địa phương năm nay tăng 27,4%.

Phát biểu tại buổi lễ, ông Y Khiêm Niê, Phó Chủ tịch UBND huyện, đề nghị các xã bố trí nơi ăn ở, bảo đảm an toàn cho chiến sĩ; thông tin cần hỗ trợ xin liên hệ Huyện đoàn qua số điện thoại 0262.3873.215.

Hoàng Lan (Huyện đoàn Krông Bông)
"""

FIGS = [
    F("tiếp nhận 214 chiến sĩ tình nguyện", "214", 214, "count", "chiến sĩ",
      subject="chiến sĩ tình nguyện Mùa hè xanh tiếp nhận"),
    F("tiếp nhận 7 đội hình", "7", 7, "count", "đội hình", subject="đội hình tình nguyện tiếp nhận"),
    F("với 214 chiến sĩ của", "214", 214, "count", "chiến sĩ", subject="chiến sĩ tình nguyện tiếp nhận"),
    F("của 3 trường", "3", 3, "count", "trường", subject="trường có đội hình tình nguyện"),
    F("tại 6 xã", "6", 6, "count", "xã", subject="xã có đội hình đóng quân"),
    F("Cư Kty (42 chiến sĩ)", "42", 42, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("Hòa Sơn (38 chiến sĩ)", "38", 38, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("Yang Reh (36 chiến sĩ)", "36", 36, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("Ea Trul (35 chiến sĩ)", "35", 35, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("Hòa Tân (33 chiến sĩ)", "33", 33, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("Khuê Ngọc Điền (30 chiến sĩ)", "30", 30, "count", "chiến sĩ", subject="chiến sĩ đóng quân"),
    F("xây dựng 4 công trình", "4", 4, "count", "công trình thanh niên", status="forecast",
      subject="công trình thanh niên xây dựng"),
    F("gồm 2 tuyến đường", "2", 2, "count", "tuyến đường", total=4, status="forecast",
      subject="tuyến đường bê tông"),
    F("dài 1,8 km", "1,8", 1.8, "measure", "km", status="forecast", subject="chiều dài tuyến đường bê tông"),
    F("1 sân chơi thiếu nhi", "1", 1, "count", "sân chơi", total=4, status="forecast", subject="sân chơi thiếu nhi"),
    F("1 nhà văn hóa thôn", "1", 1, "count", "nhà văn hóa", total=4, status="forecast", subject="nhà văn hóa thôn"),
    F("mở 12 lớp học", "12", 12, "count", "lớp học", status="forecast", subject="lớp học tiếng Việt"),
    F("khoảng 360 em", "360", 360, "count", "em", approx="about", status="forecast",
      subject="thiếu nhi đồng bào dân tộc thiểu số học tiếng Việt"),
    F("hơn 1.500 lượt", "1.500", 1500, "count", "lượt người dân", approx="over", status="forecast",
      subject="lượt người dân được khám bệnh, cấp thuốc miễn phí"),
    F("ước đạt 465 triệu đồng", "465", 465e6, "money", "đồng", status="estimate",
      subject="tổng kinh phí thực hiện các phần việc"),
    F("đóng góp 280 triệu đồng", "280", 280e6, "money", "đồng", total=465e6, status="estimate",
      subject="kinh phí các nhà trường đóng góp"),
    F("tiếp nhận 168 chiến sĩ", "168", 168, "count", "chiến sĩ", subject="chiến sĩ huyện tiếp nhận",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("năm nay tăng 27,4%", "27,4", 27.4, "percent", "%", subject="số chiến sĩ về địa phương năm nay tăng"),
]

COMMENTS = [
    "Probe 772-2. District portal (huyện Krông Bông, Đắk Lắk): receiving Mùa hè xanh student volunteers; commune list, planned works, funding.",
    "Communes are not places in the spec's sense (province, city, district): every figure keeps the district 'Krông Bông'.",
    "The commune list after '6 xã gồm:' counts soldiers, not communes: no total (the cue's figure is 6 xã, a different thing).",
    "'dự kiến' governs the clause and the ';'-joined clauses that continue it (same subject các đội hình) -> forecast; the parts after 'gồm' take total 4.",
    "'tăng 27,4%' stands in its own sentence with no base amount: a percent figure, no change. 'Trong 30 ngày' is a duration, not a figure.",
    "Distractors: dateline, 10/7, Đội hình số 5, thôn 2, phone 0262.3873.215. No period for the 2024 figures ('năm nay' is not in the spec).",
]

emit("p772-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Krông Bông")
