from lib import F, P, Y, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lâm Đồng: Diện tích nông nghiệp hữu cơ tăng mạnh
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317

(LĐ) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 1.286 ha sản xuất nông nghiệp được cấp giấy chứng nhận hữu cơ, tăng 18,6% so với cùng kỳ năm 2023; trong đó, cà phê 742 ha, chè 315 ha, rau các loại 229 ha.

Cũng trong 9 tháng năm 2024, diện tích cây trồng được chứng nhận VietGAP và tương đương đạt khoảng 12.450 ha, chiếm 4,1% tổng diện tích canh tác của tỉnh. Các địa phương có diện tích lớn là huyện Đơn Dương (3.120 ha), huyện Đức Trọng (2.870 ha) và thành phố Đà Lạt (2.405 ha).

Toàn tỉnh hiện có 87 hợp tác xã tham gia sản xuất theo tiêu chuẩn hữu cơ, VietGAP; các hợp tác xã liên kết với 46 doanh nghiệp thu mua, bao tiêu sản phẩm. Gần 3.900 hộ nông dân đang tham gia 112 chuỗi liên kết từ sản xuất đến tiêu thụ.

Theo đánh giá của ngành nông nghiệp, giá bán sản phẩm hữu cơ cao hơn từ 20-30% so với sản phẩm thông thường. Riêng cà phê Arabica hữu cơ được doanh nghiệp thu mua với giá 145.000 đồng/kg nhân xanh.

Tỉnh đang hỗ trợ 100% kinh phí cấp giấy chứng nhận lần đầu cho tổ chức, cá nhân sản xuất hữu cơ, tối đa 50 triệu đồng/cơ sở. Theo Kế hoạch số 215/KH-UBND ngày 12/3/2022 của UBND tỉnh, Lâm Đồng phấn đấu đến năm 2025 có 2.000 ha sản xuất nông nghiệp hữu cơ và 15.000 ha đạt chứng nhận VietGAP.

Ông Phạm S, Phó Chủ tịch UBND tỉnh cho biết, thời gian tới tỉnh sẽ tiếp tục thu hút doanh nghiệp đầu tư vào chuỗi giá trị nông sản hữu cơ theo Nghị định số 109/2018/NĐ-CP của Chính phủ.

Minh Anh
----------
Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263.3822.476
"""

SEP30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T2025 = P("đến năm 2025", None, "2025-12-31")
SUBJ_ORG = "diện tích sản xuất nông nghiệp được cấp giấy chứng nhận hữu cơ"
SUBJ_VG = "diện tích cây trồng được chứng nhận VietGAP và tương đương"

FIGS = [
    F("có 1.286 ha", "1.286", 1286, "measure", "ha", SUBJ_ORG, SEP30,
      change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("cà phê 742 ha", "742", 742, "measure", "ha", "diện tích cà phê được chứng nhận hữu cơ", SEP30, total=1286),
    F("chè 315 ha", "315", 315, "measure", "ha", "diện tích chè được chứng nhận hữu cơ", SEP30, total=1286),
    F("rau các loại 229 ha", "229", 229, "measure", "ha", "diện tích rau các loại được chứng nhận hữu cơ", SEP30, total=1286),
    F("khoảng 12.450 ha", "12.450", 12450, "measure", "ha", SUBJ_VG, M9, approx="about", percent=4.1),
    F("Đơn Dương (3.120 ha)", "3.120", 3120, "measure", "ha", SUBJ_VG, M9i, location="Đơn Dương"),
    F("Đức Trọng (2.870 ha)", "2.870", 2870, "measure", "ha", SUBJ_VG, M9i, location="Đức Trọng"),
    F("Đà Lạt (2.405 ha)", "2.405", 2405, "measure", "ha", SUBJ_VG, M9i, location="Đà Lạt"),
    F("có 87 hợp tác xã", "87", 87, "count", "hợp tác xã",
      "hợp tác xã tham gia sản xuất theo tiêu chuẩn hữu cơ, VietGAP"),
    F("với 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp thu mua, bao tiêu sản phẩm liên kết với hợp tác xã"),
    F("Gần 3.900 hộ", "3.900", 3900, "count", "hộ", "hộ nông dân tham gia chuỗi liên kết", approx="nearly"),
    F("tham gia 112 chuỗi", "112", 112, "count", "chuỗi liên kết", "chuỗi liên kết từ sản xuất đến tiêu thụ"),
    F("từ 20-30%", "20", 20, "percent", "%", "giá bán sản phẩm hữu cơ cao hơn so với sản phẩm thông thường",
      value_max=30),
    F("giá 145.000 đồng/kg", "145.000", 145000, "money", "đồng/kg", "giá thu mua cà phê Arabica hữu cơ nhân xanh"),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%",
      "hỗ trợ kinh phí cấp giấy chứng nhận hữu cơ lần đầu"),
    F("tối đa 50 triệu đồng/cơ sở", "50", 50_000_000, "money", "đồng/cơ sở",
      "mức hỗ trợ kinh phí cấp giấy chứng nhận lần đầu", approx="at_most"),
    F("có 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích sản xuất nông nghiệp hữu cơ", T2025,
      status="target"),
    F("và 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích đạt chứng nhận VietGAP", T2025,
      status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Lâm Đồng): organic and VietGAP area, 9 months 2024; 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem' dateline.",
    "'trong đó' parts (742+315+229 = 1.286 ha) take total 1286 and the as-of date of their sentence. 12.450 ha carries 'chiếm 4,1%' as percent.",
    "District list after a sentence break without a cue (no 'gồm'/'trong đó'): no total; each district is the location, period inherited.",
    "'hiện có' counts of HTX/DN/hộ/chuỗi state no period (none stands in their paragraph): no period.",
    "'cao hơn từ 20-30% so với sản phẩm thông thường' is the claim itself: a percent range, no change object.",
    "'hỗ trợ 100% kinh phí' (a support rate, like '60% tiền học phí') is a percent figure; 'tối đa 50 triệu đồng/cơ sở' at_most.",
    "Distractors: Lượt xem 2.317, dates 14/10/2024 08:35 and 12/3/2022, Kế hoạch số 215/KH-UBND, Nghị định số 109/2018/NĐ-CP, address Số 36, Phường 4, phone.",
]

if __name__ == "__main__":
    emit("p380-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Lâm Đồng")
