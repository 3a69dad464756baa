from lib import F, P, inh, CH, emit

TEXT = """Cổng thông tin điện tử huyện Đức Trọng - tỉnh Lâm Đồng
Tin tức - Sự kiện › An ninh - Trật tự

Đức Trọng: Kiểm tra hơn 12 nghìn lượt người điều khiển phương tiện trong quý III/2024
Ngày đăng: 15/10/2024

Thực hiện Kế hoạch số 87/KH-CAH của Công an huyện về đợt cao điểm kiểm soát nồng độ cồn, ma túy, trong quý III/2024, Đội Cảnh sát giao thông - Trật tự Công an huyện đã tổ chức 276 ca tuần tra, kiểm soát với 1.380 lượt cán bộ, chiến sĩ tham gia.

Qua kiểm tra 12.450 lượt người điều khiển phương tiện, lực lượng chức năng đã phát hiện, xử lý 1.126 trường hợp vi phạm trật tự, an toàn giao thông, tăng 18,3% so với quý II/2024. Trong đó, vi phạm nồng độ cồn 384 trường hợp (chiếm 34,1%), chạy quá tốc độ quy định 215 trường hợp, không đội mũ bảo hiểm 298 trường hợp, các lỗi khác 229 trường hợp. Tổng số tiền xử phạt khoảng 3,85 tỷ đồng; tước giấy phép lái xe có thời hạn 142 trường hợp, tạm giữ 361 mô tô và 17 ô tô.

Đáng chú ý, có 2 trường hợp người điều khiển ô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở, mỗi trường hợp bị phạt từ 30 đến 40 triệu đồng và tước giấy phép lái xe từ 22 đến 24 tháng theo Nghị định 100/2019/NĐ-CP (được sửa đổi bởi Nghị định 123/2021/NĐ-CP).

Vi phạm tập trung chủ yếu tại thị trấn Liên Nghĩa (412 trường hợp), xã Hiệp Thạnh (187 trường hợp) và xã N'Thôn Hạ (96 trường hợp), nhất là trên Quốc lộ 20 và Quốc lộ 27.

Trong quý IV/2024, Công an huyện phấn đấu kiểm tra không dưới 15.000 lượt phương tiện, kéo giảm ít nhất 10% số vụ tai nạn giao thông so với cùng kỳ năm 2023. Người dân có thể phản ánh vi phạm qua số điện thoại 0263.3843.113.

Minh Thư (Công an huyện Đức Trọng)
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
VP = "trường hợp vi phạm trật tự, an toàn giao thông"

FIGS = [
    F("hơn 12 nghìn lượt", "12", 12000, "count", "lượt người điều khiển phương tiện",
      "lượt người điều khiển phương tiện được kiểm tra", Q3, approx="over"),
    F("tổ chức 276 ca", "276", 276, "count", "ca", "ca tuần tra, kiểm soát", Q3),
    F("với 1.380 lượt", "1.380", 1380, "count", "lượt cán bộ, chiến sĩ",
      "lượt cán bộ, chiến sĩ tham gia tuần tra, kiểm soát", Q3),
    F("kiểm tra 12.450 lượt", "12.450", 12450, "count", "lượt người điều khiển phương tiện",
      "lượt người điều khiển phương tiện được kiểm tra", inh(Q3)),
    F("xử lý 1.126 trường hợp", "1.126", 1126, "count", "trường hợp", VP, inh(Q3),
      change=CH("increase", 18.3, "%", "quý II/2024")),
    F("nồng độ cồn 384 trường hợp", "384", 384, "count", "trường hợp",
      "vi phạm nồng độ cồn", inh(Q3), total=1126, percent=34.1),
    F("quy định 215 trường hợp", "215", 215, "count", "trường hợp",
      "chạy quá tốc độ quy định", inh(Q3), total=1126),
    F("bảo hiểm 298 trường hợp", "298", 298, "count", "trường hợp",
      "không đội mũ bảo hiểm", inh(Q3), total=1126),
    F("lỗi khác 229 trường hợp", "229", 229, "count", "trường hợp",
      "các lỗi khác", inh(Q3), total=1126),
    F("khoảng 3,85 tỷ đồng", "3,85", 3.85e9, "money", "đồng",
      "tổng số tiền xử phạt", inh(Q3), approx="about"),
    F("thời hạn 142 trường hợp", "142", 142, "count", "trường hợp",
      "trường hợp bị tước giấy phép lái xe có thời hạn", inh(Q3)),
    F("tạm giữ 361 mô tô", "361", 361, "count", "mô tô", "mô tô bị tạm giữ", inh(Q3)),
    F("và 17 ô tô", "17", 17, "count", "ô tô", "ô tô bị tạm giữ", inh(Q3)),
    F("có 2 trường hợp", "2", 2, "count", "trường hợp",
      "người điều khiển ô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở", inh(Q3)),
    F("vượt quá 0,4 miligam", "0,4", 0.4, "measure", "miligam/1 lít khí thở",
      "nồng độ cồn", approx="over", optional=True),
    F("từ 30 đến 40 triệu đồng", "30", 30e6, "money", "đồng",
      "mức phạt mỗi trường hợp", value_max=40e6, optional=True),
    F("từ 22 đến 24 tháng", "22", 22, "measure", "tháng",
      "thời hạn tước giấy phép lái xe", value_max=24, optional=True),
    F("Liên Nghĩa (412 trường hợp)", "412", 412, "count", "trường hợp",
      "vi phạm tập trung", inh(Q3)),
    F("Hiệp Thạnh (187 trường hợp)", "187", 187, "count", "trường hợp",
      "vi phạm tập trung", inh(Q3)),
    F("Thôn Hạ (96 trường hợp)", "96", 96, "count", "trường hợp",
      "vi phạm tập trung", inh(Q3)),
    F("không dưới 15.000 lượt", "15.000", 15000, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm tra", Q4, approx="at_least", status="target"),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%",
      "số vụ tai nạn giao thông kéo giảm so với cùng kỳ năm 2023", Q4, approx="at_least", status="target"),
]

emit("p273-2", TEXT, [
    "Cổng TTĐT huyện Đức Trọng (Lâm Đồng), district portal: drink-driving peak, quý III/2024. Dateline 'Ngày đăng: 15/10/2024' (no time), byline at the end.",
    "Distractors: 'Kế hoạch số 87/KH-CAH', 'Nghị định 100/2019/NĐ-CP', 'Nghị định 123/2021/NĐ-CP', 'Quốc lộ 20/27', phone 0263.3843.113.",
    "'Trong đó, vi phạm nồng độ cồn 384 …, … 229 trường hợp': parts after a sentence break, total 1.126 (they add up); '(chiếm 34,1%)' is the share of 384.",
    "Commune items (thị trấn Liên Nghĩa, xã Hiệp Thạnh, xã N'Thôn Hạ): FIGURES.md places figures at province/city/district level, so location stays Đức Trọng.",
    "Legal brackets (phạt từ 30 đến 40 triệu, tước GPLX 22-24 tháng) and the 0,4 mg threshold restate the decree: optional.",
    "'khoảng 3,85 tỷ' alone is approx about, status actual (no 'ước'). Targets for quý IV/2024: 'không dưới' at_least, 'ít nhất' at_least.",
], FIGS, published="2024-10-15", location="Đức Trọng")
