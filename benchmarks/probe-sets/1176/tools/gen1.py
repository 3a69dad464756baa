"""p1176-1: province portal (Nghệ An), 9 months 2024: vehicles registered, online filing, fees, plate auction."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Hơn 96.000 phương tiện được đăng ký mới trong 9 tháng

Cập nhật: 14/10/2024 08:42 | Lượt xem: 2.317

9 tháng năm 2024, lực lượng Cảnh sát giao thông và Công an cấp xã trên địa bàn tỉnh Nghệ An đã đăng ký mới 96.318 phương tiện, tăng 6,4% so với cùng kỳ năm 2023. Trong đó có 11.742 xe ô tô và 84.576 xe mô tô, xe gắn máy.

Riêng Công an 386 xã, thị trấn đã trực tiếp đăng ký 61.205 xe mô tô, chiếm 72,4% tổng số xe mô tô đăng ký mới. Có 58.930 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công quốc gia, đạt tỷ lệ 61,2%.

Tổng thu lệ phí đăng ký, cấp biển số nộp ngân sách ước đạt 128,6 tỷ đồng, bằng 91,9% kế hoạch năm.

Về đấu giá biển số xe ô tô, từ ngày 15/9/2023 đến ngày 30/9/2024, Nghệ An có 1.874 biển số trúng đấu giá với tổng số tiền hơn 112 tỷ đồng, xếp thứ 9 cả nước. Biển số 37K-999.99 có giá trúng cao nhất là 3,125 tỷ đồng.

Cũng trong 9 tháng, Phòng CSGT đã thu hồi 2.036 chứng nhận đăng ký, biển số của xe hết niên hạn sử dụng; tuy nhiên trên địa bàn vẫn còn khoảng 3.900 xe ô tô hết niên hạn chưa làm thủ tục thu hồi.

Theo Thông tư số 28/2024/TT-BCA, từ ngày 1/8/2024, người dân có thể đăng ký sang tên xe trực tuyến toàn trình. Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ đăng ký xe trực tuyến đạt từ 70 đến 75%.

Đỗ Hương (Công an tỉnh)

Cổng thông tin điện tử tỉnh Nghệ An - Số 3 đường Trường Thi, TP Vinh
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
AUC = per("từ ngày 15/9/2023 đến ngày 30/9/2024", "2023-09-15", "2024-09-30")
M9B = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
END24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hơn 96.000 phương tiện", "96.000", 96000, "count", "phương tiện", approx="over",
        subject="phương tiện được đăng ký mới", period=HEAD),
    fig("mới 96.318 phương tiện", "96.318", 96318, "count", "phương tiện",
        change=chg("increase", 6.4, "%", "cùng kỳ năm 2023"),
        subject="phương tiện đăng ký mới", period=M9),
    fig("có 11.742 xe ô tô", "11.742", 11742, "count", "xe ô tô", total=96318,
        subject="xe ô tô đăng ký mới", period=inh(M9)),
    fig("và 84.576 xe mô tô", "84.576", 84576, "count", "xe mô tô, xe gắn máy", total=96318,
        subject="xe mô tô, xe gắn máy đăng ký mới", period=inh(M9)),
    fig("Công an 386 xã", "386", 386, "count", "xã, thị trấn",
        subject="Công an xã, thị trấn trực tiếp đăng ký xe mô tô"),
    fig("đăng ký 61.205 xe", "61.205", 61205, "count", "xe mô tô", percent=72.4,
        subject="xe mô tô Công an xã, thị trấn trực tiếp đăng ký", period=inh(M9)),
    fig("Có 58.930 hồ sơ", "58.930", 58930, "count", "hồ sơ", percent=61.2,
        subject="hồ sơ nộp trực tuyến qua Cổng dịch vụ công quốc gia", period=inh(M9)),
    fig("ước đạt 128,6 tỷ", "128,6", 128600000000, "money", "đồng", percent=91.9, status="estimate",
        subject="thu lệ phí đăng ký, cấp biển số nộp ngân sách", period=inh(M9)),
    fig("có 1.874 biển số", "1.874", 1874, "count", "biển số",
        subject="biển số xe ô tô trúng đấu giá", period=AUC),
    fig("hơn 112 tỷ", "112", 112000000000, "money", "đồng", approx="over",
        subject="tổng số tiền trúng đấu giá biển số xe ô tô", period=AUC),
    fig("xếp thứ 9", "9", 9, "rank", "hạng",
        subject="xếp hạng tổng số tiền trúng đấu giá biển số xe ô tô cả nước", period=AUC),
    fig("là 3,125 tỷ", "3,125", 3125000000, "money", "đồng",
        subject="giá trúng cao nhất biển số xe ô tô", period=inh(AUC)),
    fig("thu hồi 2.036 chứng nhận", "2.036", 2036, "count", "chứng nhận đăng ký, biển số",
        subject="chứng nhận đăng ký, biển số của xe hết niên hạn sử dụng thu hồi", period=M9B),
    fig("khoảng 3.900 xe", "3.900", 3900, "count", "xe ô tô", approx="about",
        subject="xe ô tô hết niên hạn chưa làm thủ tục thu hồi"),
    fig("từ 70 đến 75%", "70", 70, "percent", "%", value_max=75, status="target",
        subject="tỷ lệ hồ sơ đăng ký xe trực tuyến", period=END24),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, 'Cập nhật: 14/10/2024 08:42 | Lượt xem: 2.317' (published 2024-10-14).",
    "Headline 'trong 9 tháng' is year-less: year from the dateline (2024). 'Trong đó' parts take the whole 96.318 across the sentence break.",
    "'Riêng ... 61.205 xe mô tô, chiếm 72,4% tổng số xe mô tô đăng ký mới': percent attribute; no numeric whole in the cue, so no total.",
    "'bằng 91,9% kế hoạch năm' is a share (percent attribute); 'ước đạt' -> estimate. 'xếp thứ 9 cả nước' is a rank of Nghệ An.",
    "'vẫn còn khoảng 3.900 xe' is a standing stock: no period in the gold. Target 'đến hết năm 2024' is an as-of end.",
    "Distractors: 37K-999.99 (plate), Thông tư số 28/2024/TT-BCA, 15/9/2023, 1/8/2024, 08:42, Lượt xem 2.317, Số 3 đường Trường Thi.",
]

if __name__ == "__main__":
    write("p1176-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
