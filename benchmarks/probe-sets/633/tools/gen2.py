from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN
Kinh tế > Nông nghiệp

Thường Tín: Xóa bỏ 18 điểm giết mổ nhỏ lẻ trong 9 tháng

Thứ Năm, 10/10/2024 - 15:20

Thời gian qua, UBND huyện Thường Tín đã chỉ đạo các xã, thị trấn rà soát, sắp xếp lại hoạt động giết mổ gia súc, gia cầm trên địa bàn. Đến hết tháng 9/2024, toàn huyện còn 108 điểm giết mổ nhỏ lẻ, giảm 18 điểm so với đầu năm; tập trung nhiều ở các xã Ninh Sở (14 điểm), Duyên Thái (11 điểm) và Văn Bình (9 điểm).

Hiện trên địa bàn huyện có 1 cơ sở giết mổ tập trung tại xã Hà Hồi với công suất thiết kế 300 con lợn/ngày đêm, nhưng mới hoạt động khoảng 35-40% công suất do nhiều hộ vẫn giết mổ tại nhà.

Trong 9 tháng, Trạm Chăn nuôi và Thú y huyện đã kiểm soát giết mổ được 268.550 con gia súc, gia cầm, tăng 6,5% so với cùng kỳ năm 2023, gồm 52.400 con lợn, 1.150 con trâu bò và 215.000 con gia cầm.

Đoàn kiểm tra liên ngành của huyện đã tổ chức 24 đợt kiểm tra, phát hiện 6 cơ sở vi phạm quy định về vệ sinh thú y, xử phạt 38,5 triệu đồng, buộc tiêu hủy 145 kg thịt lợn không rõ nguồn gốc.

Theo kế hoạch, đến hết năm 2024, huyện phấn đấu xóa bỏ thêm 20 điểm giết mổ nhỏ lẻ, đồng thời kêu gọi đầu tư thêm 1 cơ sở giết mổ tập trung quy mô 500 con/ngày đêm tại cụm công nghiệp Quất Động, sát Quốc lộ 1A.

Minh Hằng (Trung tâm Văn hóa - Thông tin và Thể thao huyện)

Địa chỉ: Khu 3, thị trấn Thường Tín, Hà Nội. Điện thoại: 024.3376.0126
"""

AS_OF = P("Đến hết tháng 9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9i = I(P("9 tháng", "2024-01-01", "2024-09-30"))
Y24 = P("đến hết năm 2024", None, "2024-12-31")
SPOT = "điểm giết mổ nhỏ lẻ"

FIGS = [
    F("Xóa bỏ 18 điểm", "18", 18, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ được xóa bỏ", P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("còn 108 điểm", "108", 108, "count", "điểm giết mổ", SPOT, AS_OF,
      change=CH("decrease", 18, "điểm", "đầu năm")),
    F("Ninh Sở (14 điểm)", "14", 14, "count", "điểm", SPOT + " xã Ninh Sở", AS_OF),
    F("Duyên Thái (11 điểm)", "11", 11, "count", "điểm", SPOT + " xã Duyên Thái", AS_OF),
    F("Văn Bình (9 điểm)", "9", 9, "count", "điểm", SPOT + " xã Văn Bình", AS_OF),
    F("có 1 cơ sở giết mổ", "1", 1, "count", "cơ sở", "cơ sở giết mổ tập trung"),
    F("thiết kế 300 con", "300", 300, "measure", "con lợn/ngày đêm", "công suất thiết kế của cơ sở giết mổ tập trung"),
    F("khoảng 35-40%", "35", 35, "percent", "%", "công suất hoạt động của cơ sở giết mổ tập trung",
      value_max=40, approx="about"),
    F("được 268.550 con", "268.550", 268550, "count", "con", "gia súc, gia cầm được kiểm soát giết mổ", M9,
      change=CH("increase", 6.5, "%", "cùng kỳ năm 2023")),
    F("gồm 52.400 con", "52.400", 52400, "count", "con", "lợn được kiểm soát giết mổ", M9, total=268550),
    F("1.150 con trâu bò", "1.150", 1150, "count", "con", "trâu bò được kiểm soát giết mổ", M9, total=268550),
    F("215.000 con gia cầm", "215.000", 215000, "count", "con", "gia cầm được kiểm soát giết mổ", M9, total=268550),
    F("tổ chức 24 đợt", "24", 24, "count", "đợt", "đợt kiểm tra liên ngành", M9i),
    F("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở vi phạm quy định về vệ sinh thú y", M9i),
    F("xử phạt 38,5 triệu đồng", "38,5", 38500000, "money", "đồng", "tiền xử phạt", M9i),
    F("tiêu hủy 145 kg", "145", 145, "measure", "kg", "thịt lợn không rõ nguồn gốc bị tiêu hủy", M9i),
    F("thêm 20 điểm", "20", 20, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ xóa bỏ thêm", Y24, status="target"),
    F("thêm 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở giết mổ tập trung kêu gọi đầu tư thêm", Y24, status="target"),
    F("quy mô 500 con", "500", 500, "measure", "con/ngày đêm", "quy mô cơ sở giết mổ tập trung kêu gọi đầu tư", Y24,
      status="target"),
]

COMMENTS = [
    "Thường Tín district portal (Hà Nội): xóa bỏ điểm giết mổ nhỏ lẻ, kiểm soát giết mổ 9 tháng năm 2024. Dateline 'Thứ Năm, 10/10/2024 - 15:20'; byline at the end.",
    "Headline '18 điểm' is a figure; in the body 'giảm 18 điểm so với đầu năm' is the change of 108 (not a figure). Communes are below district level:",
    "location stays Thường Tín, the commune goes into the subject; the commune list has no cue and does not add up to 108, so no total.",
    "'gồm' parts add up to 268.550. 'Hiện' sentence: no period. 'đồng thời' continues the target status (phấn đấu).",
    "Distractors: dateline with weekday and time, 'Khu 3', phone 024.3376.0126, Quốc lộ 1A, 'Đến hết tháng 9/2024'.",
]

emit("p633-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Thường Tín")
