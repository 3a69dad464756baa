"""p573-6: national press (VnExpress style), TP HCM backlog of pink-book dossiers, 7 months 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Bất động sản
Thứ tư, 14/8/2024, 06:30 (GMT+7)
TP HCM còn hơn 25.000 hồ sơ cấp sổ hồng tồn đọng

Theo Sở Tài nguyên và Môi trường TP HCM, tính đến cuối tháng 7/2024, thành phố còn khoảng 25.400 hồ sơ cấp giấy chứng nhận cho người mua nhà tại 154 dự án chưa được giải quyết. Trong đó, 16.200 hồ sơ vướng do chủ đầu tư chưa hoàn thành nghĩa vụ tài chính, với số tiền sử dụng đất phải nộp ước khoảng 9.300 tỷ đồng.

7 tháng đầu năm, thành phố cấp được 11.870 sổ hồng cho người mua nhà, gấp 1,8 lần cùng kỳ năm ngoái, trong đó TP Thủ Đức cấp 3.215 sổ, chiếm 27%. Thời gian giải quyết mỗi hồ sơ đã rút ngắn còn 25-30 ngày làm việc.

Ông Nguyễn Văn Hòa, ngụ phường 12, quận Gò Vấp, mua căn hộ tại một dự án trên đường số 7 từ năm 2017 nhưng đến nay vẫn chưa có sổ. "Tôi đã chờ gần 7 năm", ông nói.

Theo dự thảo bảng giá đất điều chỉnh, giá đất cao nhất tại đường Nguyễn Huệ, quận 1 dự kiến lên tới 687,2 triệu đồng/m2, gấp khoảng 4 lần bảng giá cũ; thấp nhất là 2,3 triệu đồng/m2 tại huyện Cần Giờ.

Đối với hộ gia đình, cá nhân, tỷ lệ thửa đất đã được cấp giấy chứng nhận lần đầu đạt 98,7%. Sở dự kiến trong quý IV/2024 xử lý dứt điểm khoảng 5.000 hồ sơ tại 42 dự án đã đủ điều kiện.

Theo Luật Đất đai 2024 có hiệu lực từ ngày 1/8, người mua nhà tại dự án chậm nghĩa vụ tài chính vẫn được cấp sổ nếu chủ đầu tư được xử lý theo quy định; đường dây nóng của Sở: 028.3829.0209.

Hữu Công
"""

ASOF = P("tính đến cuối tháng 7/2024", None, "2024-07-31")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 25.000 hồ sơ", "25.000", 25000, "count", "hồ sơ", "hồ sơ cấp sổ hồng tồn đọng", approx="over"),
    F("khoảng 25.400 hồ sơ", "25.400", 25400, "count", "hồ sơ",
      "hồ sơ cấp giấy chứng nhận cho người mua nhà chưa được giải quyết", ASOF, approx="about"),
    F("tại 154 dự án", "154", 154, "count", "dự án", "dự án có hồ sơ cấp giấy chứng nhận chưa được giải quyết", ASOF),
    F("16.200 hồ sơ", "16.200", 16200, "count", "hồ sơ",
      "hồ sơ vướng do chủ đầu tư chưa hoàn thành nghĩa vụ tài chính", INH(ASOF), total=25400),
    F("ước khoảng 9.300 tỷ đồng", "9.300", 9300e9, "money", "đồng", "tiền sử dụng đất phải nộp", INH(ASOF),
      approx="about", status="estimate"),
    F("cấp được 11.870 sổ hồng", "11.870", 11870, "count", "sổ hồng", "sổ hồng cấp cho người mua nhà", M7,
      change=CH("increase", 1.8, "lần", "cùng kỳ năm ngoái")),
    F("cấp 3.215 sổ", "3.215", 3215, "count", "sổ", "sổ hồng cấp cho người mua nhà", M7,
      total=11870, percent=27, location="Thủ Đức"),
    F("còn 25-30 ngày", "25", 25, "measure", "ngày làm việc", "Thời gian giải quyết mỗi hồ sơ", value_max=30),
    F("chờ gần 7 năm", "7", 7, "measure", "năm", "thời gian chờ sổ", approx="nearly", location="Gò Vấp",
      optional=True),
    F("lên tới 687,2 triệu đồng/m2", "687,2", 687.2e6, "money", "đồng/m2",
      "giá đất cao nhất tại đường Nguyễn Huệ", status="forecast", location="quận 1",
      change=CH("increase", 4, "lần", "bảng giá cũ", approx="about")),
    F("là 2,3 triệu đồng/m2", "2,3", 2.3e6, "money", "đồng/m2", "giá đất thấp nhất", status="forecast",
      location="Cần Giờ"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%",
      "tỷ lệ thửa đất của hộ gia đình, cá nhân đã được cấp giấy chứng nhận lần đầu"),
    F("khoảng 5.000 hồ sơ", "5.000", 5000, "count", "hồ sơ", "hồ sơ xử lý dứt điểm", Q4,
      approx="about", status="forecast"),
    F("tại 42 dự án", "42", 42, "count", "dự án", "dự án đã đủ điều kiện", Q4, status="forecast"),
]

COMMENTS = [
    "p573-6 — national press (VnExpress style): hồ sơ cấp sổ hồng tồn đọng ở TP HCM, 7 tháng 2024, dự thảo bảng giá đất (invented).",
    "Published from 'Thứ tư, 14/8/2024, 06:30 (GMT+7)'. Distractors: 'phường 12', 'đường số 7', 'quận 1' (a district name), 'năm 2017',",
    "'Luật Đất đai 2024', 'ngày 1/8', hotline, GMT+7. 'gấp 1,8 lần cùng kỳ' after 11.870 is its change (lần), not a multiple figure;",
    "'gấp khoảng 4 lần bảng giá cũ' likewise the change of 687,2 triệu. 'dự kiến' in the price sentence governs both clauses (forecast).",
    "'trong đó TP Thủ Đức cấp 3.215 sổ, chiếm 27%' is a part of 11.870 (total) with a share; location Thủ Đức. Quoted 'gần 7 năm' optional.",
    "'ước khoảng 9.300 tỷ đồng': approx about and status estimate.",
]

if __name__ == "__main__":
    emit("p573-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="TP Hồ Chí Minh")
