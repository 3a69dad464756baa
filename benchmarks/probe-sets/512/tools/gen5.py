"""p512-5: Party newspaper (Báo Bắc Giang), arrears of BHXH/BHYT/BHTN contributions to end of August 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Báo Bắc Giang điện tử
Xã hội
Bắc Giang: Hơn 2.300 đơn vị chậm đóng bảo hiểm xã hội

(BGĐT) - Tính đến hết tháng 8/2024, toàn tỉnh có 2.316 đơn vị chậm đóng BHXH, BHYT, BHTN với tổng số tiền 312,5 tỷ đồng, chiếm 4,1% số phải thu; trong đó có 418 đơn vị nợ kéo dài từ 6 tháng trở lên với số tiền gần 143 tỷ đồng.

Các địa phương có số nợ lớn là thị xã Việt Yên (68,2 tỷ đồng), TP Bắc Giang (51,7 tỷ đồng) và huyện Yên Dũng (33,9 tỷ đồng). Phần lớn đơn vị nợ thuộc ngành may mặc, da giày, xây dựng; một số doanh nghiệp tại lô B2 Khu công nghiệp Vân Trung chậm đóng do thiếu đơn hàng.

Từ đầu năm đến nay, BHXH tỉnh phối hợp với Sở LĐ-TB&XH, Liên đoàn Lao động tỉnh thanh tra, kiểm tra 186 đơn vị, thu hồi 47,6 tỷ đồng tiền nợ; xử phạt vi phạm hành chính 23 đơn vị với tổng số tiền phạt hơn 1,8 tỷ đồng. Liên đoàn Lao động tỉnh đã khởi kiện 5 doanh nghiệp ra tòa án.

So với cùng thời điểm năm 2023, tỷ lệ nợ đã giảm 0,6%. Tuy nhiên, theo ông Nguyễn Văn Thành, Giám đốc BHXH tỉnh, số nợ vẫn ở mức cao, ảnh hưởng đến quyền lợi của khoảng 14.000 người lao động. Ông Thành đề nghị các cấp, ngành phấn đấu đến năm 2025 giảm tỷ lệ nợ xuống dưới 2% số phải thu; kiên quyết chuyển hồ sơ sang cơ quan điều tra đối với các trường hợp trốn đóng.

Thu Hương
18/09/2024
"""

ASOF = P("Tính đến hết tháng 8/2024", None, "2024-08-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")

FIGS = [
    F("Hơn 2.300 đơn vị", "2.300", 2300, "count", "đơn vị", "đơn vị chậm đóng bảo hiểm xã hội", I(ASOF), approx="over"),
    F("có 2.316 đơn vị", "2.316", 2316, "count", "đơn vị", "đơn vị chậm đóng BHXH, BHYT, BHTN", ASOF),
    F("tiền 312,5 tỷ đồng", "312,5", 312500000000, "money", "đồng", "tổng số tiền chậm đóng BHXH, BHYT, BHTN", ASOF,
      percent=4.1),
    F("có 418 đơn vị", "418", 418, "count", "đơn vị", "đơn vị nợ kéo dài từ 6 tháng trở lên", ASOF, total=2316),
    F("từ 6 tháng trở lên", "6", 6, "measure", "tháng", "thời gian nợ kéo dài", approx="at_least", optional=True),
    F("gần 143 tỷ đồng", "143", 143000000000, "money", "đồng", "số tiền nợ kéo dài từ 6 tháng trở lên", ASOF,
      approx="nearly", total=312500000000),
    F("Việt Yên (68,2 tỷ đồng)", "68,2", 68200000000, "money", "đồng", "số nợ", I(ASOF), location="Việt Yên"),
    F("TP Bắc Giang (51,7 tỷ đồng)", "51,7", 51700000000, "money", "đồng", "số nợ", I(ASOF), location="TP Bắc Giang"),
    F("Yên Dũng (33,9 tỷ đồng)", "33,9", 33900000000, "money", "đồng", "số nợ", I(ASOF), location="Yên Dũng"),
    F("kiểm tra 186 đơn vị", "186", 186, "count", "đơn vị", "đơn vị được thanh tra, kiểm tra", YTD),
    F("thu hồi 47,6 tỷ đồng", "47,6", 47600000000, "money", "đồng", "tiền nợ thu hồi", YTD),
    F("phạt vi phạm hành chính 23 đơn vị", "23", 23, "count", "đơn vị", "đơn vị bị xử phạt vi phạm hành chính", YTD),
    F("hơn 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "tổng số tiền phạt", YTD, approx="over"),
    F("khởi kiện 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp bị khởi kiện ra tòa án", I(YTD)),
    F("đã giảm 0,6%", "0,6", 0.6, "percent", "%", "tỷ lệ nợ", I(ASOF)),
    F("khoảng 14.000 người lao động", "14.000", 14000, "count", "người lao động",
      "người lao động bị ảnh hưởng quyền lợi", approx="about"),
    F("dưới 2% số phải thu", "2", 2, "percent", "%", "tỷ lệ nợ so với số phải thu", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BGĐT), invented: arrears of BHXH/BHYT/BHTN contributions to end of August 2024, inspections, penalties. Byline and",
    "bare date '18/09/2024' at the end give `published`; 'Từ đầu năm đến nay' ends there.",
    "Distractors: '(BGĐT)', 'lô B2 Khu công nghiệp Vân Trung', 'năm 2023' baseline, person names.",
    "'trong đó có 418 đơn vị ... gần 143 tỷ đồng': each part takes the whole of its own unit (2.316 đơn vị / 312,5 tỷ đồng).",
    "'từ 6 tháng trở lên' is a threshold (optional). 'tỷ lệ nợ đã giảm 0,6%' is a rate that is itself the claim: percent figure, no change.",
    "District items: location = thị xã / TP / huyện, subject = 'số nợ'.",
]

if __name__ == "__main__":
    emit("p512-5", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Bắc Giang")
