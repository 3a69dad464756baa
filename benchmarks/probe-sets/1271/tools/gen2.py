"""p1271-2: district portal (huyện Mèo Vạc, Hà Giang): conserving the H'Mông yellow cattle."""
from lib import F, P, I, Y, C, T, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Cổng thông tin điện tử huyện Mèo Vạc
Trang chủ | Giới thiệu | Tin tức | Kinh tế | Văn hóa - Xã hội

Mèo Vạc giữ gìn nguồn gen bò vàng H'Mông

20/03/2024 - 10:12

Bò vàng H'Mông là giống bò bản địa quý của vùng cao nguyên đá, nằm trong danh mục giống vật nuôi cần bảo tồn. Hiện toàn huyện có 18.640 con bò, trong đó có 7.920 con bò cái sinh sản. Tỷ lệ bò vàng H'Mông thuần chủng đạt khoảng 85% tổng đàn.

Năm 2023, huyện phối hợp với Trung tâm Giống vật nuôi tỉnh bình tuyển được 126 con bò đực giống đạt tiêu chuẩn, tăng 14 con so với năm 2022, đồng thời tổ chức hai đợt cấp tinh đông lạnh cho 9 xã vùng cao.

Mô hình bảo tồn bò vàng H'Mông tại xã Pả Vi và xã Xín Cái do Hợp tác xã Chăn nuôi Sủng Trà Xanh thực hiện đã hỗ trợ 45 hộ nuôi giữ giống; mỗi hộ được hỗ trợ 12 triệu đồng để mua thức ăn, vắc xin. Theo ông Giàng Mí Sử, Giám đốc hợp tác xã, bò vàng trưởng thành đạt trọng lượng 280-320 kg/con; giá bò hơi hiện từ 95.000 đến 105.000 đồng/kg, cao hơn bò lai khoảng 15%.

Từ đầu năm đến nay, toàn huyện đã xuất bán hơn 1.300 con bò thương phẩm, thu về gần 32 tỷ đồng. Năm 2024, huyện phấn đấu duy trì tổng đàn bò trên 19.000 con, trong đó tỷ lệ bò vàng thuần chủng từ 85-90%; xây dựng thêm ba mô hình chăn nuôi bò vỗ béo theo chuỗi liên kết.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Mèo Vạc triển khai tiêm phòng gia súc vụ xuân
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14

Địa chỉ: Tổ 2, thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang
Điện thoại: 0219.3871.226
"""

Y23 = Y(2023, "Năm 2023")
Y24 = Y(2024, "Năm 2024")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-20")

FIGS = [
    F("có 18.640 con", "18.640", 18640, "count", "con", subject="bò"),
    F("có 7.920 con", "7.920", 7920, "count", "con", total=18640, subject="bò cái sinh sản"),
    F("khoảng 85% tổng đàn", "85", 85, "percent", "%", approx="about",
      subject="tỷ lệ bò vàng H'Mông thuần chủng"),
    F("được 126 con", "126", 126, "count", "con", period=Y23,
      change=C("increase", 14, "con", "năm 2022"), subject="bò đực giống đạt tiêu chuẩn bình tuyển được"),
    F("hai đợt", "hai", 2, "count", "đợt", period=Y23, subject="đợt cấp tinh đông lạnh"),
    F("cho 9 xã", "9", 9, "count", "xã", period=Y23, subject="xã vùng cao được cấp tinh đông lạnh"),
    F("hỗ trợ 45 hộ", "45", 45, "count", "hộ", subject="hộ nuôi giữ giống được hỗ trợ"),
    F("hỗ trợ 12 triệu", "12", 12e6, "money", "đồng/hộ", subject="mức hỗ trợ mỗi hộ mua thức ăn, vắc xin"),
    F("280-320 kg/con", "280", 280, "measure", "kg/con", value_max=320,
      subject="trọng lượng bò vàng trưởng thành"),
    F("từ 95.000 đến 105.000", "95.000", 95000, "money", "đồng/kg", value_max=105000,
      change=C("increase", 15, "%", "bò lai", approx="about"), subject="giá bò hơi"),
    F("hơn 1.300 con", "1.300", 1300, "count", "con", approx="over", period=YTD,
      subject="bò thương phẩm xuất bán"),
    F("gần 32 tỷ", "32", 32e9, "money", "đồng", approx="nearly", period=YTD,
      subject="tiền thu về từ xuất bán bò thương phẩm"),
    F("trên 19.000 con", "19.000", 19000, "count", "con", approx="over", status="target", period=Y24,
      subject="tổng đàn bò"),
    F("từ 85-90%", "85", 85, "percent", "%", value_max=90, status="target", period=Y24,
      subject="tỷ lệ bò vàng thuần chủng"),
    F("thêm ba mô hình", "ba", 3, "count", "mô hình", status="target", period=Y24,
      subject="mô hình chăn nuôi bò vỗ béo theo chuỗi liên kết"),
]

NOTES = [
    "District portal (huyện Mèo Vạc, Hà Giang): banner naming the district, menu, bare date '20/03/2024 - 10:12', source, 'Tin khác', address, phone.",
    "Distractors: time 10:12, 'lần thứ 14' (ordinal), 'Tổ 2', phone 0219.3871.226, 'vụ xuân'.",
    "7.920 follows 18.640 after 'trong đó có' (same unit, same time): total 18640. 'Tỷ lệ … đạt khoảng 85% tổng đàn' stands in its own",
    "sentence: a percent figure. 'mỗi hộ được hỗ trợ 12 triệu đồng' is a per-household rate: unit đồng/hộ.",
    "'cao hơn bò lai khoảng 15%' → change of the price (about). 'Từ đầu năm đến nay' → 2024-01-01 to the dateline.",
    "'Năm 2024, huyện phấn đấu …' governs the whole ';' chain: 19.000, 85-90% and 'ba mô hình' are targets of 2024.",
    "Communes (Pả Vi, Xín Cái) are not places of the contract's kind: location stays Mèo Vạc.",
]

if __name__ == "__main__":
    write("p1271-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Mèo Vạc")
