"""p1536-2: district portal (huyện Phú Xuyên, Hà Nội): roller and brush makers of xã Phượng Dực."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Xã Phượng Dực phát triển nghề làm con lăn sơn
26/05/2023 - 10:12

Những năm gần đây, nghề sản xuất con lăn sơn và cọ quét sơn ở xã Phượng Dực phát triển mạnh. Toàn xã hiện có 86 hộ làm nghề, gồm 61 hộ sản xuất con lăn và 25 hộ sản xuất cọ quét, thu hút khoảng 650 lao động, phần lớn là lao động nữ.

Năm 2022, các hộ sản xuất được gần 4,2 triệu con lăn các loại, tăng 8% so với năm 2021; giá trị sản xuất đạt 96,5 tỷ đồng, chiếm 18,6% giá trị sản xuất tiểu thủ công nghiệp của xã. Riêng 4 tháng đầu năm 2023, sản lượng con lăn đạt 1,45 triệu chiếc.

Gia đình anh Nguyễn Văn Khải ở thôn Văn Trai là một trong những hộ làm nghề lâu năm nhất. Xưởng của anh rộng khoảng 400 m2, có ba máy cuốn vải và hai máy cắt lõi, mỗi tháng xuất xưởng 25.000-30.000 con lăn, chủ yếu bán cho các cửa hàng vật liệu xây dựng ở Hà Nội, Hà Nam, Nam Định. Theo anh Khải, mỗi con lăn loại phổ thông bán buôn 18.000 đồng, trừ chi phí lãi khoảng 2.500 đồng.

Năm 2023, xã phấn đấu nâng sản lượng lên 4,5 triệu con lăn và đưa thêm 10 hộ vào sản xuất. Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện, từ đầu năm đến nay huyện đã hỗ trợ 350 triệu đồng mở 4 lớp đào tạo nghề cho 120 lao động của xã.

Nguồn: Đài Truyền thanh huyện Phú Xuyên

Tin khác:
- Phú Xuyên: Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện khóa XXV
- Ra quân giải tỏa hành lang an toàn giao thông Quốc lộ 1A

Địa chỉ: Tiểu khu Phú Mỹ, thị trấn Phú Xuyên, huyện Phú Xuyên, TP Hà Nội | Điện thoại: 024.3385.4368
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
M4 = per("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm đến nay", "2023-01-01", "2023-05-26")

FIGS = [
    fig("có 86 hộ", "86", 86, "count", "hộ", subject="hộ làm nghề"),
    fig("gồm 61 hộ", "61", 61, "count", "hộ", total=86, subject="hộ sản xuất con lăn"),
    fig("và 25 hộ", "25", 25, "count", "hộ", total=86, subject="hộ sản xuất cọ quét"),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động nghề thu hút"),
    fig("gần 4,2 triệu", "4,2", 4.2e6, "count", "con lăn", approx="nearly",
        change=chg("increase", 8, "%", "năm 2021"),
        subject="con lăn các loại các hộ sản xuất được", period=Y22),
    fig("đạt 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", percent=18.6,
        subject="giá trị sản xuất", period=Y22),
    fig("đạt 1,45 triệu", "1,45", 1.45e6, "count", "chiếc", subject="sản lượng con lăn", period=M4),
    fig("khoảng 400 m2", "400", 400, "measure", "m2", approx="about",
        subject="diện tích xưởng của anh Nguyễn Văn Khải"),
    fig("có ba máy", "ba", 3, "count", "máy cuốn vải", subject="máy cuốn vải của xưởng"),
    fig("hai máy cắt", "hai", 2, "count", "máy cắt lõi", subject="máy cắt lõi của xưởng"),
    fig("xuất xưởng 25.000-30.000", "25.000", 25000, "measure", "con lăn/tháng", value_max=30000,
        subject="con lăn xưởng xuất xưởng mỗi tháng"),
    fig("bán buôn 18.000", "18.000", 18000, "money", "đồng/con lăn",
        subject="giá bán buôn mỗi con lăn loại phổ thông"),
    fig("khoảng 2.500 đồng", "2.500", 2500, "money", "đồng/con lăn", approx="about",
        subject="lãi mỗi con lăn trừ chi phí"),
    fig("lên 4,5 triệu", "4,5", 4.5e6, "count", "con lăn", status="target",
        subject="sản lượng con lăn", period=Y23),
    fig("thêm 10 hộ", "10", 10, "count", "hộ", status="target",
        subject="hộ đưa thêm vào sản xuất", period=Y23),
    fig("hỗ trợ 350 triệu", "350", 350e6, "money", "đồng",
        subject="kinh phí huyện hỗ trợ mở lớp đào tạo nghề", period=YTD),
    fig("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp đào tạo nghề", period=YTD),
    fig("cho 120 lao động", "120", 120, "count", "lao động",
        subject="lao động của xã được đào tạo nghề", period=YTD),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): con lăn sơn, cọ quét sơn in xã Phượng Dực; dateline '26/05/2023 - 10:12' under the headline.",
    "Distractors: 10:12, Kế hoạch số 86/KH-UBND (beside '86 hộ'), 'lần thứ 12', 'khóa XXV', 'Quốc lộ 1A', phone 024.3385.4368.",
    "All figures describe the district's commune (location Phú Xuyên); Hà Nội, Hà Nam, Nam Định are customers' places, not figure places.",
    "'gồm 61 hộ ... và 25 hộ' follow '86 hộ' and add up: total 86. 'mỗi tháng ... 25.000-30.000 con lăn' is a rate range (con lăn/tháng).",
    "'từ đầu năm đến nay' ends at the dateline 2023-05-26. 'phấn đấu' governs both coordinated objects (4,5 triệu con lăn; thêm 10 hộ).",
]

if __name__ == "__main__":
    write("p1536-2", TEXT, NOTES, FIGS, published="2023-05-26", location="Phú Xuyên")
