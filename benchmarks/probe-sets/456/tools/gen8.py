from lib import F, P, I, CH, emit

TIERS = [
    ("1", "từ 0 - 50 kWh", "0", 0, 50, "1.893"),
    ("2", "từ 51 - 100 kWh", "51", 51, 100, "1.956"),
    ("3", "từ 101 - 200 kWh", "101", 101, 200, "2.271"),
    ("4", "từ 201 - 300 kWh", "201", 201, 300, "2.860"),
    ("5", "từ 301 - 400 kWh", "301", 301, 400, "3.197"),
]
tiers = "\n".join(f"- Bậc {n} ({r}): {p} đồng/kWh;" for n, r, _, _, _, p in TIERS)

TEXT = f"""BỘ CÔNG THƯƠNG VIỆT NAM
Tin tức > Hoạt động của Bộ

Điều chỉnh giá bán lẻ điện bình quân từ ngày 11/10/2024
11/10/2024 | 16:20

Thực hiện Quyết định số 05/2024/QĐ-TTg ngày 26/3/2024 của Thủ tướng Chính phủ, Tập đoàn Điện lực Việt Nam (EVN) điều chỉnh giá bán lẻ điện bình quân tăng 4,8%, từ 2.006,79 đồng/kWh lên 2.103,11 đồng/kWh (chưa bao gồm thuế GTGT), áp dụng từ ngày 11/10/2024.

Theo biểu giá mới, giá bán lẻ điện sinh hoạt như sau:
{tiers}
- Bậc 6 (từ 401 kWh trở lên): 3.302 đồng/kWh.

Với mức điều chỉnh này, tiền điện của hộ sinh hoạt tăng thêm từ 4.000 đến 44.000 đồng/hộ/tháng tùy mức sử dụng. Cả nước hiện có khoảng 31,5 triệu hộ sử dụng điện sinh hoạt, trong đó gần 4,3 triệu hộ sử dụng dưới 50 kWh/tháng. Hộ nghèo tiếp tục được hỗ trợ tiền điện tương đương 30 kWh/hộ/tháng.

Theo kết quả kiểm tra của liên Bộ, năm 2023 giá thành sản xuất kinh doanh điện là 2.088,90 đồng/kWh, tăng 8,71% so với năm 2022; EVN lỗ sản xuất kinh doanh điện khoảng 34.245 tỷ đồng. Lũy kế giai đoạn 2022-2023, khoản lỗ này lên tới hơn 60 nghìn tỷ đồng.

Bộ Công Thương đề nghị EVN tăng cường truyền thông, giải đáp thắc mắc của khách hàng qua Tổng đài 19001006 - 19009000.
"""

FIGS = [
    F("tăng 4,8%, từ", "4,8", 4.8, "percent", "%", "giá bán lẻ điện bình quân tăng", None, optional=True),
    F("từ 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "giá bán lẻ điện bình quân trước điều chỉnh", None),
    F("lên 2.103,11 đồng/kWh", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân", None,
      change=CH("increase", 4.8)),
]
for n, r, lo, lov, hiv, p in TIERS:
    FIGS += [
        F(f"({r})", lo, lov, "measure", "kWh", f"bậc {n}", None, value_max=hiv, optional=True),
        F(f"{p} đồng/kWh", p, float(p.replace(".", "")), "money", "đồng/kWh", f"giá bán lẻ điện sinh hoạt bậc {n}", None),
    ]
FIGS += [
    F("từ 401 kWh trở lên", "401", 401, "measure", "kWh", "bậc 6", None, approx="at_least", optional=True),
    F("3.302 đồng/kWh", "3.302", 3302, "money", "đồng/kWh", "giá bán lẻ điện sinh hoạt bậc 6", None),
    F("từ 4.000 đến 44.000 đồng/hộ/tháng", "4.000", 4000, "money", "đồng/hộ/tháng", "tiền điện của hộ sinh hoạt tăng thêm", None,
      value_max=44000),
    F("khoảng 31,5 triệu hộ", "31,5", 31.5e6, "count", "hộ", "hộ sử dụng điện sinh hoạt", None, approx="about"),
    F("gần 4,3 triệu hộ", "4,3", 4.3e6, "count", "hộ", "hộ sử dụng dưới 50 kWh/tháng", None, approx="nearly", total=31.5e6),
    F("dưới 50 kWh/tháng", "50", 50, "measure", "kWh/tháng", "mức sử dụng", None, approx="under", optional=True),
    F("tương đương 30 kWh/hộ/tháng", "30", 30, "measure", "kWh/hộ/tháng", "hỗ trợ tiền điện cho hộ nghèo", None),
    F("là 2.088,90 đồng/kWh", "2.088,90", 2088.90, "money", "đồng/kWh", "giá thành sản xuất kinh doanh điện",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 8.71, baseline="năm 2022")),
    F("khoảng 34.245 tỷ đồng", "34.245", 34245e9, "money", "đồng", "EVN lỗ sản xuất kinh doanh điện",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("hơn 60 nghìn tỷ đồng", "60", 60e12, "money", "đồng", "khoản lỗ", P("giai đoạn 2022-2023", "2022-01-01", "2023-12-31"),
      approx="over"),
]

COMMENTS = [
    "Bộ Công Thương (moit.gov.vn style): retail tariff raised 4,8% from 11/10/2024; household tiers, bill impact, households, 2023 cost and loss.",
    "Bare 'dd/mm/yyyy | hh:mm' dateline. National: location Việt Nam. Tariffs take no statistical period (effective date only; not scored).",
    "'tăng 4,8%, từ X lên Y': 4,8% is the change of the new level Y; X (the old level) is a figure of its own. The 4,8% is also optional as a",
    "standalone rate ('giá ... tăng 4,8%'), so a tool reporting it either way is not penalised on detection.",
    "Tier labels 'Bậc 1..6' are names (not figures); tier bounds '(từ 0 - 50 kWh)' etc. are criteria: optional ranges. 'dưới 50 kWh/tháng' optional.",
    "'gần 4,3 triệu hộ' after 'trong đó' is a part of 31,5 triệu hộ. 'từ 4.000 đến 44.000 đồng/hộ/tháng' is a money range with a rate unit.",
    "Distractors: 'Quyết định số 05/2024/QĐ-TTg ngày 26/3/2024', dates, hotline '19001006 - 19009000', 'Bậc 1'...'Bậc 6'.",
]
emit("p456-8", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Việt Nam")
