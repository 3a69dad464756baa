"""p758-5: Báo Thái Nguyên (Party newspaper) — white-horse farming in Đồng Hỷ, horse-bone glue (cao ngựa bạch)."""
from lib import emit, fig, per, inh, year, chg

TEXT = """Báo Thái Nguyên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Kinh tế > Nông nghiệp

Đồng Hỷ: Nuôi ngựa bạch cho thu nhập hàng trăm triệu đồng

Huyện Đồng Hỷ hiện có 146 hộ nuôi ngựa bạch với tổng đàn 312 con, chiếm gần 30% đàn ngựa bạch của tỉnh Thái Nguyên. Năm 2023, tổng thu từ bán ngựa giống và các sản phẩm từ ngựa bạch của các hộ trong huyện đạt khoảng 14,8 tỷ đồng, tăng 21% so với năm 2022.

Gia đình anh Hoàng Văn Lâm ở xóm Khe Cạn là một trong những hộ nuôi ngựa bạch sớm nhất huyện. Từ 2 con ngựa giống ban đầu, đến nay đàn ngựa của gia đình đã lên 18 con. Mỗi năm anh xuất bán từ 6 đến 8 con ngựa giống với giá bình quân 38 triệu đồng/con, trừ chi phí còn lãi trên 250 triệu đồng.

Không chỉ bán ngựa giống, nhiều hộ còn liên kết với Hợp tác xã Dược liệu Hóa Trung nấu cao ngựa bạch. Năm 2023, HTX sản xuất được 135 kg cao, doanh thu ước đạt 3,6 tỷ đồng. Giá bán cao ngựa bạch hiện từ 25 đến 30 triệu đồng/kg.

Theo ông Nguyễn Văn Tùng, Trưởng phòng Nông nghiệp và PTNT huyện Đồng Hỷ, huyện đặt mục tiêu đến năm 2025 phát triển đàn ngựa bạch lên 450 con, hình thành 2 chuỗi liên kết sản xuất - tiêu thụ cao ngựa; mỗi năm hỗ trợ khoảng 20 hộ vay vốn với mức tối đa 50 triệu đồng/hộ.

Trạm nghiên cứu ngựa bạch bên Quốc lộ 1B, xây dựng từ năm 1978, hiện vẫn là nơi cung cấp con giống chủ yếu cho người nuôi trong huyện.

Thu Hằng
12/01/2024
"""

N23 = year("Năm 2023", 2023)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng trăm triệu đồng", "trăm", 100e6, "money", "đồng", "thu nhập từ nuôi ngựa bạch", approx="about",
        optional=True),
    fig("có 146 hộ", "146", 146, "count", "hộ", "hộ nuôi ngựa bạch"),
    fig("tổng đàn 312 con", "312", 312, "count", "con", "tổng đàn ngựa bạch", percent=30),
    fig("khoảng 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng",
        "tổng thu từ bán ngựa giống và các sản phẩm từ ngựa bạch", N23, approx="about",
        change=chg("increase", 21, "%", "năm 2022")),
    fig("Từ 2 con ngựa giống", "2", 2, "count", "con", "ngựa giống ban đầu", optional=True),
    fig("lên 18 con", "18", 18, "count", "con", "đàn ngựa của gia đình",
        per("đến nay", None, "2024-01-12")),
    fig("từ 6 đến 8 con", "6", 6, "count", "con", "ngựa giống xuất bán mỗi năm", value_max=8),
    fig("bình quân 38 triệu đồng/con", "38", 38e6, "money", "đồng/con", "giá bình quân ngựa giống"),
    fig("lãi trên 250 triệu đồng", "250", 250e6, "money", "đồng", "lãi trừ chi phí", approx="over"),
    fig("được 135 kg", "135", 135, "measure", "kg", "cao ngựa bạch HTX sản xuất", N23),
    fig("ước đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "doanh thu cao ngựa bạch của HTX", N23,
        status="estimate"),
    fig("từ 25 đến 30 triệu đồng/kg", "25", 25e6, "money", "đồng/kg", "giá bán cao ngựa bạch", value_max=30e6),
    fig("lên 450 con", "450", 450, "count", "con", "đàn ngựa bạch", T25, status="target"),
    fig("hình thành 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ cao ngựa", T25,
        status="target"),
    fig("khoảng 20 hộ", "20", 20, "count", "hộ", "hộ được hỗ trợ vay vốn mỗi năm", T25, approx="about",
        status="target"),
    fig("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức hỗ trợ vay vốn", T25, approx="at_most",
        status="target"),
]

COMMENTS = [
    "Báo Thái Nguyên (Party newspaper), byline 'Thu Hằng' and bare date '12/01/2024' at the end: white horses and horse-bone glue in Đồng Hỷ.",
    "Location Đồng Hỷ (the district the article is about); the family's hamlet 'xóm Khe Cạn' is no location of its own.",
    "'hàng trăm triệu đồng' (headline) is a vague magnitude: optional (value 10^8, about). 'Từ 2 con … ban đầu' is the starting point",
    "of the 18 con (optional). 'đến nay' ends at the dateline 2024-01-12. 'chiếm gần 30%' is the percent attribute of 312 con.",
    "'đặt mục tiêu đến năm 2025' governs the clause after ';' (khoảng 20 hộ, tối đa 50 triệu đồng/hộ): target.",
    "Distractors: 'Quốc lộ 1B', 'từ năm 1978', 'xóm Khe Cạn', the date at the end; 'Mỗi năm' is not a period phrase.",
]

if __name__ == "__main__":
    emit("p758-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Đồng Hỷ")
