"""p1146-5: Party newspaper (Báo Bắc Ninh): a company's slaughterhouse in Tiên Du, province totals and targets."""
from lib import F, P, I, C, T, write

TEXT = """Nâng tầm giết mổ gia súc tập trung ở Tiên Du

Từ lò mổ thủ công của gia đình, Công ty TNHH Thực phẩm sạch Hoàng Long ở xã Lạc Vệ (Tiên Du) đã trở thành cơ sở giết mổ gia súc tập trung lớn nhất tỉnh, với dây chuyền giết mổ treo khép kín.

Nhà máy rộng 2,6 ha, tổng vốn đầu tư hơn 85 tỷ đồng. Mỗi đêm, công ty giết mổ bình quân 900 con lợn và 50 con trâu, bò, cung cấp thịt cho các chợ đầu mối, bếp ăn tập thể ở Bắc Ninh và Hà Nội. Doanh nghiệp tạo việc làm cho 112 lao động, trong đó hơn 70% là người địa phương, thu nhập bình quân 9,2 triệu đồng/người/tháng. Giám đốc Nguyễn Văn Long cho biết, 6 tháng đầu năm, doanh thu của công ty đạt 146 tỷ đồng, tăng 14% so với cùng kỳ năm trước.

Tại nhà máy, Trạm Chăn nuôi và Thú y huyện Tiên Du bố trí bốn nhân viên kiểm soát giết mổ làm việc theo hai ca, từ 23 giờ đến 6 giờ sáng. Mỗi con lợn đều được khám trước và sau khi giết mổ; thân thịt đạt yêu cầu mới được đóng dấu, cấp giấy chứng nhận vận chuyển. Tháng 5 vừa qua, nhân viên thú y đã phát hiện, loại bỏ 3 con lợn nghi mắc bệnh tai xanh.

Toàn tỉnh Bắc Ninh hiện có 12 cơ sở giết mổ tập trung và 437 điểm giết mổ nhỏ lẻ; tỷ lệ gia súc giết mổ được kiểm soát mới đạt khoảng 35%. Tỉnh đặt mục tiêu đến năm 2025 nâng tỷ lệ này lên 60%, đồng thời xóa bỏ ít nhất 200 điểm giết mổ nhỏ lẻ xen trong khu dân cư.

PHẠM THU HÀ
21/07/2024
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M5 = P("Tháng 5 vừa qua", "2024-05-01", "2024-05-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TD = "Tiên Du"

FIGS = [
    F("rộng 2,6 ha", "2,6", 2.6, "measure", "ha", subject="diện tích nhà máy giết mổ Hoàng Long", location=TD),
    F("hơn 85 tỷ", "85", 85000000000, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư nhà máy giết mổ Hoàng Long", location=TD),
    F("bình quân 900 con", "900", 900, "measure", "con lợn/đêm",
      subject="lợn giết mổ mỗi đêm tại công ty Hoàng Long", location=TD),
    F("và 50 con", "50", 50, "measure", "con trâu, bò/đêm",
      subject="trâu, bò giết mổ mỗi đêm tại công ty Hoàng Long", location=TD),
    F("cho 112 lao động", "112", 112, "count", "lao động",
      subject="lao động của công ty Hoàng Long", location=TD),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ lệ lao động là người địa phương", location=TD),
    F("9,2 triệu", "9,2", 9200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động công ty Hoàng Long", location=TD),
    F("đạt 146 tỷ", "146", 146000000000, "money", "đồng",
      change=C("increase", 14, "%", "cùng kỳ năm trước"),
      subject="doanh thu của công ty Hoàng Long", period=H1, location=TD),
    F("bốn nhân viên", "bốn", 4, "count", "nhân viên",
      subject="nhân viên kiểm soát giết mổ tại nhà máy", location=TD),
    F("theo hai ca", "hai", 2, "count", "ca", optional=True, subject="ca làm việc kiểm soát giết mổ",
      location=TD),
    F("loại bỏ 3 con", "3", 3, "count", "con lợn",
      subject="lợn nghi mắc bệnh tai xanh bị phát hiện, loại bỏ", period=M5, location=TD),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở giết mổ tập trung"),
    F("và 437 điểm", "437", 437, "count", "điểm", subject="điểm giết mổ nhỏ lẻ"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ gia súc giết mổ được kiểm soát"),
    F("lên 60%", "60", 60, "percent", "%", status="target",
      subject="tỷ lệ gia súc giết mổ được kiểm soát", period=TO25),
    F("ít nhất 200 điểm", "200", 200, "count", "điểm", approx="at_least", status="target",
      subject="điểm giết mổ nhỏ lẻ xen trong khu dân cư bị xóa bỏ", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh): portrait of a slaughterhouse company in xã Lạc Vệ (Tiên Du); byline and bare date at the end.",
    "Company figures located in Tiên Du across sentences; 'cung cấp thịt ... ở Bắc Ninh và Hà Nội' names customers, not the place.",
    "'6 tháng đầu năm', 'Tháng 5 vừa qua' without year: nothing dated stands before them, so the year of published (2024).",
    "'trong đó hơn 70% là người địa phương' is a percent figure of its own. 'bốn nhân viên' number word; 'hai ca' optional.",
    "Times '23 giờ đến 6 giờ sáng' are distractors. 'tỷ lệ này' resolves to the previous sentence's indicator.",
]

if __name__ == "__main__":
    write("p1146-5", TEXT, NOTES, FIGS, published="2024-07-21", location="Bắc Ninh")
