from lib import F, P, emit

TEXT = """ỦY BAN CẠNH TRANH QUỐC GIA - BỘ CÔNG THƯƠNG
Tin hoạt động

Tổng đài 1800.6838 tiếp nhận hơn 4.700 cuộc gọi trong quý III/2024

Ngày đăng: 08/10/2024

Trong quý III/2024, Tổng đài tư vấn, hỗ trợ người tiêu dùng 1800.6838 của Ủy ban Cạnh tranh Quốc gia đã tiếp nhận 4.726 cuộc gọi, tăng 12,4% so với quý II/2024 và tăng 21,8% so với cùng kỳ năm 2023. Trong đó, 3.912 cuộc gọi đề nghị tư vấn, hướng dẫn (chiếm 82,8%), 814 cuộc gọi khiếu nại, phản ánh.

Xét theo lĩnh vực, thương mại điện tử tiếp tục là lĩnh vực bị phản ánh nhiều nhất với 1.245 cuộc gọi, tiếp đến là dịch vụ tài chính, ngân hàng với 638 cuộc gọi, hàng không 412 cuộc gọi, bất động sản 287 cuộc gọi. Về địa bàn, người tiêu dùng tại Hà Nội (1.318 cuộc gọi), TP. Hồ Chí Minh (1.107 cuộc gọi) và Đà Nẵng (264 cuộc gọi) liên hệ nhiều nhất.

Cũng trong quý, Ủy ban đã chủ trì hoặc phối hợp xử lý 57 vụ việc khiếu nại tập thể, giúp người tiêu dùng được hoàn tiền, đổi trả sản phẩm với tổng giá trị khoảng 2,35 tỷ đồng. Lũy kế 9 tháng năm 2024, Tổng đài đã tiếp nhận 13.582 cuộc gọi, bằng 106,2% so với cả năm 2023.

Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 và Nghị định số 55/2024/NĐ-CP, từ ngày 01/7/2024, các nền tảng số trung gian có trách nhiệm phối hợp giải quyết khiếu nại trong thời hạn 7 ngày làm việc. Năm 2024, Ủy ban đặt mục tiêu Tổng đài xử lý ít nhất 90% cuộc gọi ngay trong lần liên hệ đầu tiên. Thông tin chi tiết xin liên hệ số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("hơn 4.700 cuộc gọi", "4.700", 4700, "count", "cuộc gọi", "cuộc gọi Tổng đài tiếp nhận", Q3, approx="over"),
    F("tiếp nhận 4.726 cuộc gọi", "4.726", 4726, "count", "cuộc gọi",
      "cuộc gọi Tổng đài tư vấn, hỗ trợ người tiêu dùng tiếp nhận", P("Trong quý III/2024", "2024-07-01", "2024-09-30"),
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "quý II/2024"}),
    F("tăng 21,8% so", "21,8", 21.8, "percent", "%", "tăng cuộc gọi Tổng đài tiếp nhận so với cùng kỳ",
      P("Trong quý III/2024", "2024-07-01", "2024-09-30"), optional=True),
    F("3.912 cuộc gọi", "3.912", 3912, "count", "cuộc gọi", "cuộc gọi đề nghị tư vấn, hướng dẫn", Q3i,
      total=4726, percent=82.8),
    F("814 cuộc gọi", "814", 814, "count", "cuộc gọi", "cuộc gọi khiếu nại, phản ánh", Q3i, total=4726),
    F("nhiều nhất với 1.245 cuộc gọi", "1.245", 1245, "count", "cuộc gọi", "cuộc gọi phản ánh lĩnh vực thương mại điện tử", Q3i),
    F("ngân hàng với 638 cuộc gọi", "638", 638, "count", "cuộc gọi", "cuộc gọi phản ánh lĩnh vực dịch vụ tài chính, ngân hàng", Q3i),
    F("hàng không 412 cuộc gọi", "412", 412, "count", "cuộc gọi", "cuộc gọi phản ánh lĩnh vực hàng không", Q3i),
    F("bất động sản 287 cuộc gọi", "287", 287, "count", "cuộc gọi", "cuộc gọi phản ánh lĩnh vực bất động sản", Q3i),
    F("Hà Nội (1.318 cuộc gọi)", "1.318", 1318, "count", "cuộc gọi", "cuộc gọi của người tiêu dùng", Q3i, location="Hà Nội"),
    F("Minh (1.107 cuộc gọi)", "1.107", 1107, "count", "cuộc gọi", "cuộc gọi của người tiêu dùng", Q3i, location="TP. Hồ Chí Minh"),
    F("Đà Nẵng (264 cuộc gọi)", "264", 264, "count", "cuộc gọi", "cuộc gọi của người tiêu dùng", Q3i, location="Đà Nẵng"),
    F("xử lý 57 vụ việc", "57", 57, "count", "vụ việc", "vụ việc khiếu nại tập thể chủ trì hoặc phối hợp xử lý",
      P("trong quý", "2024-07-01", "2024-09-30")),
    F("khoảng 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng",
      "tổng giá trị hoàn tiền, đổi trả sản phẩm cho người tiêu dùng", P("trong quý", "2024-07-01", "2024-09-30"),
      approx="about"),
    F("tiếp nhận 13.582 cuộc gọi", "13.582", 13582, "count", "cuộc gọi", "cuộc gọi Tổng đài tiếp nhận",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=106.2),
    F("thời hạn 7 ngày làm việc", "7", 7, "measure", "ngày làm việc", "thời hạn phối hợp giải quyết khiếu nại",
      optional=True),
    F("ít nhất 90% cuộc gọi", "90", 90, "percent", "%", "cuộc gọi được xử lý ngay trong lần liên hệ đầu tiên",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Ủy ban Cạnh tranh Quốc gia, Bộ Công Thương): hotline 1800.6838, quý III/2024. Dateline 'Ngày đăng: 08/10/2024' (no time).",
    "Distractors: the hotline number 1800.6838 (twice), 'Nghị định số 55/2024/NĐ-CP', 'ngày 01/7/2024', 'số 25 Ngô Quyền', 'lần liên hệ đầu tiên'.",
    "National figures: default location Việt Nam; the city list (Hà Nội, TP. Hồ Chí Minh, Đà Nẵng) gives each item its location.",
    "Two changes on 4.726: the first (12,4% vs quý II/2024) is the attribute, the second (21,8% vs cùng kỳ) is an optional percent figure.",
    "'Trong đó' after the sentence break: 3.912 and 814 are parts of 4.726; '(chiếm 82,8%)' is the percent of 3.912.",
    "'Cũng trong quý' = quý III/2024. 'bằng 106,2% so với cả năm 2023' is the share of 13.582 (percent attribute).",
    "'thời hạn 7 ngày làm việc' is a legal time limit, not a statistic: optional. 'ít nhất 90%' with 'mục tiêu': at_least, target.",
]

emit("p342-2", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
