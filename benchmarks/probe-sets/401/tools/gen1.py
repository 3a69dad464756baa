from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Tư pháp

Hoạt động công chứng 9 tháng năm 2024: số việc và phí công chứng tiếp tục tăng
Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.247

Theo báo cáo của Sở Tư pháp, tính đến ngày 30/9/2024, toàn tỉnh có 58 tổ chức hành nghề công chứng, trong đó có 3 Phòng công chứng và 55 Văn phòng công chứng, với 112 công chứng viên đang hành nghề.

Trong 9 tháng đầu năm 2024, các tổ chức hành nghề công chứng trên địa bàn tỉnh đã công chứng 86.415 việc, tăng 7,3% so với cùng kỳ năm 2023; tổng phí công chứng ước đạt 62,8 tỷ đồng, tăng 5,1%. Trong đó, các Văn phòng công chứng thực hiện 79.902 việc, chiếm 92,5%; các Phòng công chứng thực hiện 6.513 việc. Số tiền nộp ngân sách nhà nước từ hoạt động công chứng hơn 9,4 tỷ đồng, đạt 78,3% kế hoạch năm.

Về chứng thực, Phòng Tư pháp cấp huyện và UBND cấp xã đã chứng thực 1.236.540 bản sao từ bản chính, 41.280 việc chứng thực chữ ký và 15.622 hợp đồng, giao dịch.

Công tác kiểm tra được duy trì thường xuyên. Qua kiểm tra 12 tổ chức hành nghề công chứng, Sở Tư pháp đã xử phạt vi phạm hành chính 4 trường hợp với tổng số tiền 87,5 triệu đồng, chủ yếu do vi phạm quy định tại Điều 38 Nghị định số 82/2020/NĐ-CP.

Quý IV/2024, Sở Tư pháp phấn đấu 100% hồ sơ đề nghị bổ nhiệm công chứng viên được thẩm định đúng hạn; dự kiến cả năm 2024, số việc công chứng đạt khoảng 115.000 việc.

Mọi phản ánh về hoạt động công chứng xin gửi về Sở Tư pháp, số 32 đại lộ Lê Lợi, TP Thanh Hóa, điện thoại 0237.3852.616.
"""

AS_OF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 58 tổ chức", "58", 58, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng", AS_OF),
    F("có 3 Phòng công chứng", "3", 3, "count", "Phòng công chứng", "Phòng công chứng", AS_OF, total=58),
    F("và 55 Văn phòng", "55", 55, "count", "Văn phòng công chứng", "Văn phòng công chứng", AS_OF, total=58),
    F("với 112 công chứng viên", "112", 112, "count", "công chứng viên", "công chứng viên đang hành nghề", AS_OF),
    F("công chứng 86.415 việc", "86.415", 86415, "count", "việc", "việc công chứng của các tổ chức hành nghề công chứng", M9,
      change=ch("+", 7.3, baseline="cùng kỳ năm 2023")),
    F("ước đạt 62,8 tỷ đồng", "62,8", 62.8e9, "money", "đồng", "tổng phí công chứng", M9,
      change=ch("+", 5.1), status="estimate"),
    F("thực hiện 79.902 việc", "79.902", 79902, "count", "việc", "việc công chứng do các Văn phòng công chứng thực hiện", M9i,
      total=86415, percent=92.5),
    F("thực hiện 6.513 việc", "6.513", 6513, "count", "việc", "việc công chứng do các Phòng công chứng thực hiện", M9i,
      total=86415),
    F("hơn 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng", "số tiền nộp ngân sách nhà nước từ hoạt động công chứng", M9i,
      approx="over", percent=78.3),
    F("chứng thực 1.236.540 bản sao", "1.236.540", 1236540, "count", "bản sao", "bản sao chứng thực từ bản chính", M9i),
    F("41.280 việc chứng thực", "41.280", 41280, "count", "việc", "việc chứng thực chữ ký", M9i),
    F("và 15.622 hợp đồng", "15.622", 15622, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch được chứng thực", M9i),
    F("kiểm tra 12 tổ chức", "12", 12, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng được kiểm tra", M9i),
    F("chính 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", M9i),
    F("tiền 87,5 triệu đồng", "87,5", 87.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", M9i),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ đề nghị bổ nhiệm công chứng viên được thẩm định đúng hạn", Q4,
      status="target"),
    F("khoảng 115.000 việc", "115.000", 115000, "count", "việc", "số việc công chứng cả năm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

emit("p401-1", TEXT, [
    "Province portal (Cổng TTĐT tỉnh Thanh Hóa): notarial activity, 9 months of 2024; 'Cập nhật:' dateline + view counter.",
    "'Trong đó' after a sentence break: its whole is 86.415 việc (same thing, same period), not the money figure just before it.",
    "Distractors: Lượt xem 1.247, Điều 38 Nghị định số 82/2020/NĐ-CP, address số 32, phone 0237.3852.616.",
], FIGS, published="2024-10-08", location="Thanh Hóa")
