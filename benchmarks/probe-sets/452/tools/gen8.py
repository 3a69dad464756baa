from lib import *

TEXT = """BÁO SÓC TRĂNG ĐIỆN TỬ
Xã hội - Bảo hiểm

Sóc Trăng: Quỹ BHYT thanh toán hơn 1.000 tỷ đồng chi phí khám, chữa bệnh

NGỌC HÂN 15:42, 08/10/2024

Từ đầu năm đến nay, BHXH tỉnh Sóc Trăng đã giám định và thanh toán chi phí khám, chữa bệnh (KCB) BHYT cho 1,48 triệu lượt người với số tiền 1.024 tỷ đồng; qua giám định điện tử, đã từ chối thanh toán gần 6,7 tỷ đồng chi phí không hợp lý. Riêng quý III/2024, có 512.300 lượt KCB BHYT, tăng 7,2% so với quý II/2024 và tăng 10,5% so với cùng kỳ.

Toàn tỉnh hiện có 141 cơ sở KCB BHYT, gồm 32 bệnh viện, trung tâm y tế và 109 trạm y tế xã, phường, thị trấn.

Tính đến 30/9/2024, toàn tỉnh có 1.098.640 người tham gia BHYT, tỷ lệ bao phủ đạt 92,7% dân số. Tỷ lệ bao phủ BHYT ở các địa phương đều trên 90%, cao nhất là thị xã Vĩnh Châu 96,3%, huyện Trần Đề 95,1%; thấp nhất là thị xã Ngã Năm 90,4%.

Theo Nghị quyết số 09-NQ/TU của Tỉnh ủy, giai đoạn 2021-2025, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt trên 95% dân số; tỷ lệ hài lòng của người dân khi đi KCB BHYT đạt từ 85% đến 90%.

Bà Lâm Thị Mỹ Hạnh, Giám đốc BHXH tỉnh cho biết, từ ngày 1/7/2024, mức đóng BHYT hộ gia đình của người thứ nhất là 105.300 đồng/tháng; người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất.

Người dân cần hỗ trợ liên hệ Tổng đài 1900 9068 hoặc BHXH tỉnh, số 02 Phan Chu Trinh, Phường 1, TP Sóc Trăng.
"""

PY = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
PQ = P("quý III/2024", "2024-07-01", "2024-09-30")
PS = P("Tính đến 30/9/2024", end="2024-09-30")
PS_I = P("Tính đến 30/9/2024", end="2024-09-30", inh=True)
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
PH = P("hiện", end="2024-10-08", inh=True)
PJ = P("từ ngày 1/7/2024", "2024-07-01", inh=True)
SUBJ = "Tỷ lệ bao phủ BHYT"

FIGS = [
    F("hơn 1.000 tỷ đồng", "1.000", 1000000000000, "money", "đồng", "chi phí khám, chữa bệnh Quỹ BHYT thanh toán",
      approx="over", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inh=True)),
    F("cho 1,48 triệu lượt", "1,48", 1480000, "count", "lượt người", "lượt người KCB BHYT được giám định, thanh toán",
      period=PY),
    F("số tiền 1.024 tỷ đồng", "1.024", 1024000000000, "money", "đồng", "chi phí khám, chữa bệnh (KCB) BHYT thanh toán",
      period=PY),
    F("gần 6,7 tỷ đồng", "6,7", 6700000000, "money", "đồng", "chi phí không hợp lý bị từ chối thanh toán",
      approx="nearly", period=PY),
    F("có 512.300 lượt", "512.300", 512300, "count", "lượt KCB BHYT", "lượt KCB BHYT",
      change=CH("increase", 7.2, "%", "quý II/2024"), period=PQ),
    F("tăng 10,5% so", "10,5", 10.5, "percent", "%", "lượt KCB BHYT tăng so với cùng kỳ", period=PQ, optional=True),
    F("có 141 cơ sở", "141", 141, "count", "cơ sở KCB BHYT", "cơ sở KCB BHYT", period=PH),
    F("gồm 32 bệnh viện", "32", 32, "count", "bệnh viện, trung tâm y tế", "bệnh viện, trung tâm y tế",
      total=141, period=PH),
    F("và 109 trạm", "109", 109, "count", "trạm y tế", "trạm y tế xã, phường, thị trấn", total=141, period=PH),
    F("có 1.098.640 người", "1.098.640", 1098640, "count", "người", "người tham gia BHYT", percent=92.7, period=PS),
    F("đều trên 90%", "90", 90, "percent", "%", "Tỷ lệ bao phủ BHYT ở các địa phương", approx="over", period=PS_I,
      optional=True),
    F("Vĩnh Châu 96,3%", "96,3", 96.3, "percent", "%", SUBJ, period=PS_I, location="Vĩnh Châu"),
    F("Trần Đề 95,1%", "95,1", 95.1, "percent", "%", SUBJ, period=PS_I, location="Trần Đề"),
    F("Ngã Năm 90,4%", "90,4", 90.4, "percent", "%", SUBJ, period=PS_I, location="Ngã Năm"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ bao phủ BHYT", approx="over", status="target", period=PG),
    F("từ 85% đến 90%", "85", 85, "percent", "%", "tỷ lệ hài lòng của người dân khi đi KCB BHYT",
      value_max=90, status="target", period=PG),
    F("là 105.300 đồng/tháng", "105.300", 105300, "money", "đồng/tháng",
      "mức đóng BHYT hộ gia đình của người thứ nhất", period=PJ),
    F("bằng 70%", "70", 70, "percent", "%", "mức đóng của người thứ hai so với người thứ nhất", period=PJ),
    F("70%, 60%", "60", 60, "percent", "%", "mức đóng của người thứ ba so với người thứ nhất", period=PJ),
    F("60%, 50%", "50", 50, "percent", "%", "mức đóng của người thứ tư so với người thứ nhất", period=PJ),
]

COMMENTS = [
    "Báo Sóc Trăng (provincial Party paper): KCB BHYT paid from the start of 2024, quarter III, facilities, coverage at 30/9/2024 by district, 2021-2025 targets, contribution levels.",
    "Byline before the time and date 'NGỌC HÂN 15:42, 08/10/2024' (published). 'Từ đầu năm đến nay' = 2024-01-01 .. published. Title 'hơn 1.000 tỷ đồng' restates 1.024 tỷ (period inherited).",
    "'tăng 7,2% so với quý II/2024 và tăng 10,5% so với cùng kỳ': first change is the attribute, the second a percent figure of its own (optional, per FIGURES.md).",
    "'141 cơ sở, gồm 32 ... và 109 ...' -> totals 141; 'hiện' gives no dated period (inherited as-of published, not scored).",
    "'có 1.098.640 người ..., tỷ lệ bao phủ đạt 92,7%' -> the count's percent. 'đều trên 90%' (a bound over all districts) optional. District list -> location.",
    "'giai đoạn 2021-2025, tỉnh phấn đấu ... trên 95%' and 'từ 85% đến 90%' (range) -> targets. Contribution levels from 1/7/2024 (period inherited: the spec defines no open start).",
    "'lần lượt bằng 70%, 60%, 50%' -> three percent figures. Distractors: Nghị quyết số 09-NQ/TU, 'thứ hai, thứ ba, thứ tư' (ordinal persons, not ranks), Tổng đài 1900 9068, 'số 02', 'Phường 1'.",
]

if __name__ == "__main__":
    build("p452-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Sóc Trăng")
