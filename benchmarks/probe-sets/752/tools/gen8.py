"""p752-8: commune portal (xã Hòa Thạnh, huyện Tam Bình, Vĩnh Long), sweet potato export cooperative, 8-month results."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ HÒA THẠNH - HUYỆN TAM BÌNH
Trang chủ > Tin tức > Kinh tế - Nông nghiệp
Ngày đăng: 05/09/2023 | Người đăng: Văn phòng UBND xã

HTX Khoai lang Hòa Thạnh xuất khẩu gần 3.000 tấn trong 8 tháng

Ngày 31/8, HTX Nông nghiệp Khoai lang Hòa Thạnh tổ chức hội nghị sơ kết 8 tháng đầu năm 2023. Hiện HTX có 67 thành viên với 152 ha khoai lang, trong đó 96 ha được cấp mã số vùng trồng xuất khẩu sang Trung Quốc.

8 tháng đầu năm, HTX đã thu mua, sơ chế và xuất khẩu 2.960 tấn khoai lang, đạt 74% kế hoạch năm, doanh thu đạt 27,8 tỷ đồng, tăng 18,6% so với cùng kỳ; lợi nhuận khoảng 1,15 tỷ đồng. Giá thu mua bình quân cho thành viên cao hơn giá thương lái từ 500 đến 800 đồng/kg.

Ông Võ Văn Hai, Giám đốc HTX cho biết, 4 tháng cuối năm, HTX phấn đấu xuất khẩu thêm 1.050 tấn, nâng tổng sản lượng cả năm lên 4.010 tấn; đồng thời liên kết thêm khoảng 20 hộ, mở rộng diện tích lên 180 ha. Năm 2022, HTX được UBND tỉnh công nhận là HTX kiểu mới điển hình và xếp thứ nhất trong phong trào thi đua của huyện.

Phát biểu tại hội nghị, đại diện UBND xã đề nghị HTX phối hợp Trạm Khuyến nông huyện mở lớp tập huấn quy trình canh tác khoai lang theo hướng an toàn cho ít nhất 60 nông dân. Dịp này, UBND xã trao giấy khen cho 5 thành viên có thành tích xuất sắc.

Bà con có nhu cầu tham gia HTX liên hệ ấp Hòa Hiệp 2, số điện thoại 0939.212.486.
Lượt truy cập: 84.215
"""

M8 = P("8 tháng đầu năm", "2023-01-01", "2023-08-31")
LAST4 = P("4 tháng cuối năm", "2023-09-01", "2023-12-31")

FIGS = [
    F("gần 3.000 tấn", "3.000", 3000, "measure", "tấn", "HTX Khoai lang Hòa Thạnh xuất khẩu",
      P("8 tháng", "2023-01-01", "2023-08-31"), approx="nearly"),
    F("có 67 thành viên", "67", 67, "count", "thành viên", "thành viên HTX"),
    F("với 152 ha", "152", 152, "measure", "ha", "diện tích khoai lang của HTX"),
    F("trong đó 96 ha", "96", 96, "measure", "ha", "diện tích được cấp mã số vùng trồng xuất khẩu sang Trung Quốc",
      total=152),
    F("khẩu 2.960 tấn", "2.960", 2960, "measure", "tấn", "khoai lang thu mua, sơ chế và xuất khẩu", M8, percent=74),
    F("đạt 27,8 tỷ", "27,8", 27800000000, "money", "đồng", "doanh thu", M8,
      change=CH("increase", 18.6, "%", "cùng kỳ")),
    F("khoảng 1,15 tỷ", "1,15", 1150000000, "money", "đồng", "lợi nhuận", M8, approx="about"),
    F("từ 500 đến 800 đồng/kg", "500", 500, "money", "đồng/kg",
      "giá thu mua bình quân cho thành viên cao hơn giá thương lái", value_max=800),
    F("thêm 1.050 tấn", "1.050", 1050, "measure", "tấn", "khoai lang xuất khẩu thêm", LAST4, status="target"),
    F("lên 4.010 tấn", "4.010", 4010, "measure", "tấn", "tổng sản lượng cả năm",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
    F("khoảng 20 hộ", "20", 20, "count", "hộ", "hộ liên kết thêm", LAST4, approx="about", status="target"),
    F("lên 180 ha", "180", 180, "measure", "ha", "diện tích khoai lang của HTX", LAST4, status="target"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "HTX trong phong trào thi đua của huyện",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 60 nông dân", "60", 60, "count", "nông dân", "nông dân được tập huấn quy trình canh tác khoai lang",
      approx="at_least", status="target", optional=True),
    F("cho 5 thành viên", "5", 5, "count", "thành viên", "thành viên có thành tích xuất sắc được trao giấy khen"),
]

COMMENTS = [
    "Cổng TTĐT xã Hòa Thạnh (huyện Tam Bình, Vĩnh Long), 'Ngày đăng: 05/09/2023': HTX khoai lang xuất khẩu, sơ kết 8 tháng năm 2023.",
    "Location Tam Bình (a commune portal implies its district). '8 tháng' in the headline and '8 tháng đầu năm' take 2023",
    "(dateline / the lead's '8 tháng đầu năm 2023'); '4 tháng cuối năm' = Sep-Dec 2023; 'cả năm' = 2023.",
    "'cao hơn giá thương lái từ 500 đến 800 đồng/kg' has no base amount: a money figure of its own, not a change.",
    "'xếp thứ nhất' is a rank (value 1, number written as a word). '20 hộ', '180 ha' continue 'phấn đấu' (đồng thời): target.",
    "'đề nghị ... mở lớp tập huấn ... cho ít nhất 60 nông dân' is a request, status debatable: optional.",
    "Distractors: 'Ngày 31/8', 'Ông Võ Văn Hai' (name with a number word), 'ấp Hòa Hiệp 2', phone, 'Lượt truy cập: 84.215'.",
]

if __name__ == "__main__":
    emit("p752-8", TEXT, COMMENTS, FIGS, published="2023-09-05", location="Tam Bình")
