from lib import *

T = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA

Mường Lát: Nỗ lực xây dựng xã, thị trấn không có ma túy

Thực hiện Đề án "Xây dựng xã, thị trấn không có ma túy giai đoạn 2021-2025", từ năm 2021 đến nay, huyện Mường Lát đã huy động cả hệ thống chính trị vào cuộc. Đến nay, toàn huyện có 3/8 xã, thị trấn đạt tiêu chí không có ma túy, gồm Tam Chung, Pù Nhi và Nhi Sơn; 5 xã còn lại được xếp loại II.

Số người nghiện có hồ sơ quản lý giảm từ 412 người (năm 2021) xuống còn 287 người, giảm 30,3%. Cơ sở điều trị methadone đặt tại Trung tâm Y tế huyện đang điều trị cho 96 bệnh nhân, trong đó 12 bệnh nhân là nữ; tỷ lệ bệnh nhân tuân thủ điều trị đạt 91,7%.

Giai đoạn 2021-2024, huyện đã bố trí gần 2,4 tỷ đồng từ ngân sách địa phương và nguồn Chương trình 1719 để hỗ trợ cai nghiện, tạo việc làm cho người sau cai. Đã có 58 người sau cai nghiện được hỗ trợ vay vốn với mức từ 30 đến 50 triệu đồng/người.

Từ đầu năm 2024 đến nay, lực lượng chức năng huyện đã tổ chức 37 buổi tuyên truyền tại 56 bản với trên 4.300 lượt người nghe; phát hiện, bắt giữ 19 vụ, 26 đối tượng, thu giữ 3,85 kg heroin và 1.540 viên ma túy tổng hợp. Tuyến Quốc lộ 15C và các đường mòn giáp biên giới nước bạn Lào vẫn tiềm ẩn nhiều nguy cơ.

Phấn đấu đến hết năm 2025, huyện có thêm 2 xã đạt tiêu chí không có ma túy, nâng tổng số lên 5/8 xã, thị trấn.

Hà Linh - Văn phòng HĐND&UBND huyện
12/9/2024
"""

DN = P("Đến nay", None, "2024-09-12")
DNi = P("Đến nay", None, "2024-09-12", inh=True)
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Gi = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31", inh=True)
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-09-12")
T25 = P("đến hết năm 2025", None, "2025-12-31")
figs = [
    F("có 3/8 xã", "3", 3, "count", "xã, thị trấn", "xã, thị trấn đạt tiêu chí không có ma túy", DN, total=8),
    F("5 xã còn lại", "5", 5, "count", "xã", "xã còn lại được xếp loại II", DN),
    F("từ 412 người", "412", 412, "count", "người", "người nghiện có hồ sơ quản lý", P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 287 người", "287", 287, "count", "người", "người nghiện có hồ sơ quản lý", DNi,
      change=ch("decrease", 30.3, "%", "năm 2021")),
    F("cho 96 bệnh nhân", "96", 96, "count", "bệnh nhân", "bệnh nhân đang điều trị methadone"),
    F("đó 12 bệnh nhân", "12", 12, "count", "bệnh nhân", "bệnh nhân là nữ", total=96),
    F("đạt 91,7%", "91,7", 91.7, "percent", "%", "tỷ lệ bệnh nhân tuân thủ điều trị"),
    F("gần 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí hỗ trợ cai nghiện, tạo việc làm cho người sau cai", G,
      approx="nearly"),
    F("có 58 người", "58", 58, "count", "người", "người sau cai nghiện được hỗ trợ vay vốn", Gi),
    F("từ 30 đến 50 triệu", "30", 30000000, "money", "đồng/người", "mức vay vốn hỗ trợ", Gi, value_max=50000000),
    F("37 buổi", "37", 37, "count", "buổi", "buổi tuyên truyền", YTD),
    F("tại 56 bản", "56", 56, "count", "bản", "bản được tuyên truyền", YTD),
    F("trên 4.300 lượt", "4.300", 4300, "count", "lượt người nghe", "lượt người nghe tuyên truyền", YTD, approx="over"),
    F("giữ 19 vụ", "19", 19, "count", "vụ", "vụ bắt giữ", YTD),
    F("26 đối tượng", "26", 26, "count", "đối tượng", "đối tượng bị bắt giữ", YTD),
    F("3,85 kg", "3,85", 3.85, "measure", "kg", "heroin thu giữ", YTD),
    F("1.540 viên", "1.540", 1540, "count", "viên", "viên ma túy tổng hợp thu giữ", YTD),
    F("thêm 2 xã", "2", 2, "count", "xã", "xã đạt tiêu chí không có ma túy tăng thêm", T25, status="target"),
    F("lên 5/8 xã", "5", 5, "count", "xã, thị trấn", "tổng số xã, thị trấn đạt tiêu chí không có ma túy", T25,
      total=8, status="target"),
]
build(7, T, [
    "District portal (huyện Mường Lát, Thanh Hóa), no dateline at the top: byline and a bare date '12/9/2024' at the end.",
    "Distractors: 'giai đoạn 2021-2025' in the scheme's name, 'từ năm 2021 đến nay', 'Chương trình 1719', 'Quốc lộ 15C', commune names.",
    "'Đến nay' ends at the dateline. 'giảm từ 412 người (năm 2021) xuống còn 287 người, giảm 30,3%' → 412 is the old level (its own figure,",
    "period 2021), 287 the new level with the change (baseline năm 2021). 'trong đó 12 bệnh nhân' → total 96. '5/8', '3/8' → total 8.",
    "'từ 30 đến 50 triệu đồng/người' is a range (value_max). All figures are of the district Mường Lát.",
    "'5 xã còn lại' follows ';' without a cue: no total.",
], figs, published="2024-09-12", location="Mường Lát")
