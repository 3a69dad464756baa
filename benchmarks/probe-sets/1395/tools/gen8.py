"""p1395-8: radio/TV site (Đài PT-TH Sơn La): traceability stamps, OCOP labels, growing-area codes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SƠN LA TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SƠN LA
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Nông sản Sơn La "lên đời" nhờ tem truy xuất và nhãn mác
Cập nhật lúc 08:45, 05/06/2024

Từ đầu năm đến nay, Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La đã cấp hơn 2,5 triệu tem truy xuất nguồn gốc cho xoài, mận, nhãn, tăng 35% so với cùng kỳ; hỗ trợ 58 hợp tác xã thiết kế nhãn, bao bì sản phẩm.

Toàn tỉnh hiện có 312 sản phẩm OCOP, trong đó 298 sản phẩm có nhãn hàng hóa đầy đủ theo quy định, đạt 95,5%; 42 sản phẩm đạt OCOP 4 sao. Sơn La xếp thứ 5 toàn quốc về số mã số vùng trồng được cấp phục vụ xuất khẩu với 248 mã, diện tích trên 9.300 ha.

Tại huyện Mai Sơn, HTX Dịch vụ nông nghiệp Cò Nòi Xanh có 35 thành viên, trồng gần 40 ha xoài, mận. Năm nay, HTX in khoảng 200.000 tem truy xuất nguồn gốc, dự kiến tiêu thụ từ 500 đến 600 tấn quả. Giám đốc HTX Lò Văn Hùng chia sẻ: "Có tem, có nhãn, giá bán tăng thêm 2.000-3.000 đồng/kg, hai siêu thị lớn đã ký hợp đồng bao tiêu cho HTX".

Mục tiêu đến năm 2025, 100% sản phẩm OCOP và 80% sản lượng quả xuất khẩu của tỉnh được gắn tem truy xuất nguồn gốc. Tỉnh dự kiến dành khoảng 3,2 tỷ đồng từ ngân sách để hỗ trợ in tem, thiết kế nhãn cho các hợp tác xã trong giai đoạn 2024-2025.

Video: Bản tin Thời sự 19h ngày 04/6/2024

Tin cùng chuyên mục:
- Sơn La: Hội nghị xúc tiến tiêu thụ xoài, nhãn năm 2024
- Mộc Châu phát triển chuỗi cung ứng nông sản an toàn

Chia sẻ | In bài | Lượt xem: 642
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
G = per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
MS = "Mai Sơn"

FIGS = [
    fig("hơn 2,5 triệu", "2,5", 2.5e6, "count", "tem", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ"),
        subject="tem truy xuất nguồn gốc cho xoài, mận, nhãn được cấp", period=YTD),
    fig("hỗ trợ 58 hợp tác xã", "58", 58, "count", "hợp tác xã",
        subject="hợp tác xã được hỗ trợ thiết kế nhãn, bao bì sản phẩm", period=YTD),
    fig("có 312 sản phẩm", "312", 312, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("trong đó 298 sản phẩm", "298", 298, "count", "sản phẩm", total=312, percent=95.5,
        subject="sản phẩm có nhãn hàng hóa đầy đủ theo quy định"),
    fig("; 42 sản phẩm", "42", 42, "count", "sản phẩm", total=312,
        subject="sản phẩm đạt OCOP 4 sao"),
    fig("xếp thứ 5", "5", 5, "rank", "hạng",
        subject="số mã số vùng trồng được cấp phục vụ xuất khẩu"),
    fig("với 248 mã", "248", 248, "count", "mã",
        subject="mã số vùng trồng được cấp phục vụ xuất khẩu"),
    fig("trên 9.300 ha", "9.300", 9300, "measure", "ha", approx="over",
        subject="diện tích vùng trồng được cấp mã"),
    fig("có 35 thành viên", "35", 35, "count", "thành viên", location=MS,
        subject="thành viên HTX Dịch vụ nông nghiệp Cò Nòi Xanh"),
    fig("gần 40 ha", "40", 40, "measure", "ha", approx="nearly", location=MS,
        subject="diện tích xoài, mận HTX trồng"),
    fig("khoảng 200.000 tem", "200.000", 200000, "count", "tem", approx="about", location=MS,
        subject="tem truy xuất nguồn gốc HTX in", period=NOW),
    fig("từ 500 đến 600", "500", 500, "measure", "tấn", value_max=600, status="forecast", location=MS,
        subject="quả HTX tiêu thụ", period=NOW),
    fig("thêm 2.000-3.000", "2.000", 2000, "money", "đồng/kg", value_max=3000, location=MS,
        subject="giá bán tăng thêm"),
    fig("hai siêu thị", "hai", 2, "count", "siêu thị", location=MS,
        subject="siêu thị lớn đã ký hợp đồng bao tiêu cho HTX"),
    fig(", 100% sản phẩm", "100", 100, "percent", "%", status="target",
        subject="sản phẩm OCOP được gắn tem truy xuất nguồn gốc", period=T25),
    fig("và 80% sản lượng", "80", 80, "percent", "%", status="target",
        subject="sản lượng quả xuất khẩu của tỉnh được gắn tem truy xuất nguồn gốc", period=T25),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about", status="forecast",
        subject="ngân sách hỗ trợ in tem, thiết kế nhãn cho các hợp tác xã", period=G),
]

NOTES = [
    "Radio/TV site (Sơn La TV): channel menu, 'Cập nhật lúc 08:45, 05/06/2024', 'Video: Bản tin Thời sự 19h ngày 04/6/2024', share bar, 'Lượt xem: 642'.",
    "Distractors: 08:45, '19h', 'ngày 04/6/2024', 'OCOP 4 sao', 'năm 2024' in a link, 'Lượt xem: 642'.",
    "'Từ đầu năm đến nay' -> 2024-01-01 .. dateline 2024-06-05; governs both clauses of its sentence (2,5 triệu tem; 58 HTX).",
    "'312 sản phẩm OCOP, trong đó 298 ..., đạt 95,5%; 42 sản phẩm đạt OCOP 4 sao' -> both parts take total 312 (the list continues after ';').",
    "'xếp thứ 5 toàn quốc' is the province's rank (location Sơn La, as in the shared gold's ranks).",
    "The co-operative in huyện Mai Sơn: location Mai Sơn for its figures. 'Năm nay' = 2024; 'dự kiến' -> forecast.",
    "'giá bán tăng thêm 2.000-3.000 đồng/kg' has no base price: the increase is the claim (money range, no change).",
    "'Mục tiêu đến năm 2025' -> target, end 2025-12-31; 'Tỉnh dự kiến ... khoảng 3,2 tỷ ... giai đoạn 2024-2025' -> forecast.",
]

if __name__ == "__main__":
    write("p1395-8", TEXT, NOTES, FIGS, published="2024-06-05", location="Sơn La")
