from lib import F, P, C, T, emit

TEXT = """CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN MÊ LINH
Tin tức - Sự kiện | An ninh - Trật tự

Mê Linh: Không có người tử vong vì tai nạn giao thông trong 7 ngày nghỉ Tết Giáp Thìn
16/02/2024 10:20 | Lượt xem: 312

Trong dịp nghỉ Tết Nguyên đán Giáp Thìn 2024 (từ ngày 8/2 đến ngày 14/2/2024), trên địa bàn huyện xảy ra 2 vụ va chạm giao thông, làm bị thương nhẹ 3 người, không có người chết; so với dịp Tết Quý Mão 2023 giảm 3 vụ.

Đội Cảnh sát giao thông - Trật tự Công an huyện đã bố trí 124 ca tuần tra, kiểm soát với 620 lượt cán bộ, chiến sĩ, tập trung trên Quốc lộ 23, Đường tỉnh 308 và đường Võ Văn Kiệt. Qua đó phát hiện, xử lý 286 trường hợp vi phạm, trong đó 164 trường hợp vi phạm nồng độ cồn (chiếm 57,3%), 41 trường hợp không đội mũ bảo hiểm; phạt tiền 612,5 triệu đồng; tạm giữ 97 xe mô tô và 6 ô tô; tước giấy phép lái xe 103 trường hợp.

Riêng đêm giao thừa và mùng 1 Tết, lực lượng chức năng kiểm tra nồng độ cồn đối với 1.350 lượt người điều khiển phương tiện.

Trước Tết, huyện đã tổ chức ký cam kết "Đã uống rượu, bia thì không lái xe" với hơn 12.000 hộ gia đình tại 18 xã, thị trấn. Năm 2024, huyện phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông so với năm 2023, không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng.

Trụ sở Đội CSGT - TT Công an huyện đặt tại số 12 đường Mê Linh, thị trấn Chi Đông; điện thoại trực ban: 024.3525.1187.

Thu Phương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

TET = P("từ ngày 8/2 đến ngày 14/2/2024", "2024-02-08", "2024-02-14")
TETi = P("từ ngày 8/2 đến ngày 14/2/2024", "2024-02-08", "2024-02-14", inh=True)

figs = [
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ va chạm giao thông", TET,
      change=C("decrease", 3, "vụ", "dịp Tết Quý Mão 2023")),
    F("bị thương nhẹ 3 người", "3", 3, "count", "người", "người bị thương nhẹ", TET),
    F("bố trí 124 ca", "124", 124, "count", "ca", "ca tuần tra, kiểm soát", TETi),
    F("với 620 lượt", "620", 620, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ tuần tra", TETi),
    F("xử lý 286 trường hợp", "286", 286, "count", "trường hợp", "trường hợp vi phạm phát hiện, xử lý", TETi),
    F("trong đó 164 trường hợp", "164", 164, "count", "trường hợp", "vi phạm nồng độ cồn", TETi, total=286, percent=57.3),
    F("41 trường hợp", "41", 41, "count", "trường hợp", "không đội mũ bảo hiểm", TETi, total=286),
    F("612,5 triệu đồng", "612,5", 612.5e6, "money", "đồng", "tiền phạt", TETi),
    F("tạm giữ 97 xe mô tô", "97", 97, "count", "xe mô tô", "xe mô tô tạm giữ", TETi),
    F("và 6 ô tô", "6", 6, "count", "ô tô", "ô tô tạm giữ", TETi),
    F("lái xe 103 trường hợp", "103", 103, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", TETi),
    F("1.350 lượt", "1.350", 1350, "count", "lượt người", "lượt người điều khiển phương tiện kiểm tra nồng độ cồn"),
    F("hơn 12.000 hộ", "12.000", 12000, "count", "hộ gia đình", "hộ gia đình ký cam kết", approx="over"),
    F("tại 18 xã", "18", 18, "count", "xã, thị trấn", optional=True),
    F("ít nhất 5%", "5", 5, "percent", "%", "mức giảm số vụ tai nạn giao thông",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

HEADER = """District portal (huyện Mê Linh, Hà Nội): Tết Nguyên đán Giáp Thìn 2024; bare dateline '16/02/2024 10:20 | Lượt xem: 312'.
Period '(từ ngày 8/2 đến ngày 14/2/2024)' stated once; patrol paragraph inherits it. 'giảm 3 vụ' (vs Tết Quý Mão 2023) is the change of '2 vụ'.
'không có người chết' has no number. 'trong đó 164 ... (chiếm 57,3%), 41 ...': parts of 286. '97 xe mô tô và 6 ô tô' two counts.
'đêm giao thừa và mùng 1 Tết' (9-10/2/2024) is a named-day period the spec does not define: period left null (not scored).
'18 xã, thị trấn' structure (optional). Distractors: '7 ngày nghỉ Tết' (duration), 'Giáp Thìn 2024', 'Tết Quý Mão 2023', Quốc lộ 23, Đường tỉnh 308,
address 'số 12 đường Mê Linh', phone 024.3525.1187, view counter. Location: Mê Linh (district)."""

emit("p301-7", TEXT, figs, HEADER, published="2024-02-16", location="Mê Linh")
