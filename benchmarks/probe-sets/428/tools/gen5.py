from lib import *

TEXT = """Cần Giuộc: Trên 92% người dân đã có hồ sơ sức khỏe điện tử
Ngày đăng: 25/06/2024

Từ đầu năm đến nay, Trung tâm Y tế huyện Cần Giuộc và 15 trạm y tế xã, thị trấn đã tiếp nhận 98.460 lượt khám, chữa bệnh bảo hiểm y tế, trong đó có 61.235 lượt sử dụng căn cước công dân gắn chíp thay cho thẻ bảo hiểm y tế, chiếm 62,2%.

Tỷ lệ lượt khám sử dụng căn cước công dân có sự chênh lệch giữa các tuyến: tại Trung tâm Y tế huyện đạt 71,4%, tại các trạm y tế xã, thị trấn đạt 48,9%; riêng người bệnh trên 60 tuổi chỉ đạt 35,6%.

Đến nay, toàn huyện đã lập hồ sơ sức khỏe điện tử cho 193.517/209.850 người dân, đạt 92,2%, vượt 2,2% so với chỉ tiêu huyện giao (90%). Số hồ sơ được cập nhật kết quả khám sức khỏe định kỳ là 58.640 hồ sơ.

Đáng chú ý, từ tháng 3/2024 đến nay, Trung tâm Y tế huyện đã triển khai thanh toán viện phí bằng mã QR; sau gần 4 tháng, có 8.742 giao dịch với tổng số tiền gần 1,36 tỷ đồng. Bình quân mỗi giao dịch khoảng 155 nghìn đồng.

Theo Quyết định số 3546/QĐ-UBND của UBND huyện, phấn đấu đến cuối năm 2024, 100% trạm y tế xã, thị trấn triển khai khám, chữa bệnh bằng căn cước công dân gắn chíp và tỷ lệ lượt khám sử dụng căn cước công dân đạt từ 70% trở lên.

Người dân cần hỗ trợ cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 có thể liên hệ Tổ công nghệ số cộng đồng tại khu phố Thị Tứ, thị trấn Cần Giuộc hoặc số điện thoại 0272.3874.123.

Ngọc Mai - Trung tâm VH-TT huyện
"""

HEADER = """Cổng TTĐT huyện Cần Giuộc (Long An), invented: KCB BHYT bằng CCCD gắn chíp, hồ sơ sức khỏe điện tử, viện phí qua mã QR (đến 25/6/2024).
'Ngày đăng: 25/06/2024' (no time) gives published. 'Từ đầu năm đến nay' runs 2024-01-01..2024-06-25; 'Đến nay' ends 2024-06-25;
'từ tháng 3/2024 đến nay' 2024-03-01..2024-06-25. '15 trạm y tế' is structure (optional); 'trên 60 tuổi' a criterion (optional);
'gần 4 tháng' a duration (optional); 'mức độ 2' a service level, not a figure.
'61.235 lượt' after 'trong đó' takes total 98460 and percent 62.2. '193.517/209.850 người dân, đạt 92,2%, vượt 2,2% so với chỉ tiêu huyện
giao (90%)': total, percent, change vs plan, target met. The three rates by level have no period in their sentence (inherited from para 1).
'Số hồ sơ … là 58.640 hồ sơ' has no part-of cue. Targets 'đến cuối năm 2024'; 'từ 70% trở lên' = at_least."""

PYTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
PYTDi = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25", inh=True)
PNOW = per("Đến nay", None, "2024-06-25")
PNOWi = per("Đến nay", None, "2024-06-25", inh=True)
PQR = per("từ tháng 3/2024 đến nay", "2024-03-01", "2024-06-25")
PT = per("đến cuối năm 2024", None, "2024-12-31")
SR = "tỷ lệ lượt khám sử dụng căn cước công dân"

FIGS = [
    F("Trên 92% người dân", "92", 92, "percent", "%", "người dân đã có hồ sơ sức khỏe điện tử", approx="over"),
    F("và 15 trạm y tế", "15", 15, "count", "trạm y tế xã, thị trấn", "trạm y tế xã, thị trấn", optional=True),
    F("tiếp nhận 98.460 lượt", "98.460", 98460, "count", "lượt", "lượt khám, chữa bệnh bảo hiểm y tế", period=PYTD),
    F("có 61.235 lượt", "61.235", 61235, "count", "lượt",
      "lượt sử dụng căn cước công dân gắn chíp thay cho thẻ bảo hiểm y tế", total=98460, percent=62.2, period=PYTD),
    F("huyện đạt 71,4%", "71,4", 71.4, "percent", "%", SR + " tại Trung tâm Y tế huyện", period=PYTDi),
    F("thị trấn đạt 48,9%", "48,9", 48.9, "percent", "%", SR + " tại các trạm y tế xã, thị trấn", period=PYTDi),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "người bệnh", approx="over", optional=True),
    F("chỉ đạt 35,6%", "35,6", 35.6, "percent", "%", SR + " của người bệnh trên 60 tuổi", period=PYTDi),
    F("193.517/209.850", "193.517", 193517, "count", "người dân", "người dân được lập hồ sơ sức khỏe điện tử",
      total=209850, percent=92.2, change=chg("increase", 2.2, "%", "chỉ tiêu huyện giao"),
      target=tgt(90, "%", True), period=PNOW),
    F("là 58.640 hồ sơ", "58.640", 58640, "count", "hồ sơ",
      "hồ sơ được cập nhật kết quả khám sức khỏe định kỳ", period=PNOWi),
    F("gần 4 tháng", "4", 4, "measure", "tháng", "thời gian triển khai", approx="nearly", optional=True),
    F("có 8.742 giao dịch", "8.742", 8742, "count", "giao dịch", "giao dịch thanh toán viện phí bằng mã QR",
      period=PQR),
    F("gần 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "tổng số tiền thanh toán viện phí bằng mã QR",
      approx="nearly", period=PQR),
    F("khoảng 155 nghìn đồng", "155", 155000, "money", "đồng", "bình quân mỗi giao dịch", approx="about",
      period=per("từ tháng 3/2024 đến nay", "2024-03-01", "2024-06-25", inh=True)),
    F("2024, 100% trạm", "100", 100, "percent", "%",
      "trạm y tế xã, thị trấn triển khai khám, chữa bệnh bằng căn cước công dân gắn chíp", status="target", period=PT),
    F("từ 70% trở lên", "70", 70, "percent", "%", SR, approx="at_least", status="target", period=PT),
]

build("p428-5", TEXT, FIGS, HEADER, published="2024-06-25", location="Cần Giuộc")
