"""p1285-8: radio/TV site (Đài PT-TH Sóc Trăng, STV): moon cakes and bánh pía for export, a maker in thị xã Vĩnh Châu, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """STV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Bánh trung thu Sóc Trăng vươn ra thị trường nước ngoài

Đăng lúc: 08:15 - 05/09/2024

(STV) - Năm 2024, các cơ sở sản xuất bánh pía, bánh trung thu trên địa bàn tỉnh Sóc Trăng dự kiến tiêu thụ khoảng 8,5 triệu chiếc, trong đó xuất khẩu khoảng 1,2 triệu chiếc sang Mỹ, Úc, Canada và Đài Loan (Trung Quốc).

Tại thị xã Vĩnh Châu, Cơ sở bánh Phước Hưng Ký có 4 dây chuyền, gồm 3 dây chuyền bánh pía và 1 dây chuyền bánh trung thu, sử dụng 85 lao động, mỗi ngày làm ra khoảng 25.000 chiếc bánh các loại. Ông Lâm Quốc Vinh, chủ cơ sở cho biết: 8 tháng đầu năm, cơ sở đạt doanh thu 14,2 tỷ đồng, tăng 9% so với cùng kỳ; riêng đơn hàng xuất khẩu chiếm 30%. Năm nay, cơ sở phấn đấu doanh thu cả năm đạt ít nhất 26 tỷ đồng. Trong quý III/2024, cơ sở dự kiến xuất 3 container bánh sang Úc.

Bánh nhân sầu riêng trứng muối của cơ sở có giá 45.000 đồng/chiếc. Nhờ đóng gói hút chân không, thời hạn sử dụng của bánh kéo dài lên 60 ngày, gấp 2 lần bánh đóng gói thông thường.

Theo Sở Công Thương, toàn tỉnh hiện có 54 cơ sở sản xuất bánh pía, bánh trung thu; 12 sản phẩm bánh được công nhận OCOP từ 3 sao trở lên, xếp thứ 2 trong các nhóm sản phẩm OCOP của tỉnh. Mục tiêu đến năm 2025, toàn tỉnh có 20 sản phẩm bánh đạt chuẩn OCOP và kim ngạch xuất khẩu bánh đạt 5 triệu USD.

Trong dịp Trung thu, Đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 96 cơ sở, chưa phát hiện vi phạm nghiêm trọng.

Hồng Nhung - Trung Hiếu

Bình luận (0) | Chia sẻ
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
NAY = per("Năm nay", "2024-01-01", "2024-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
VC = "Vĩnh Châu"

FIGS = [
    fig("khoảng 8,5 triệu", "8,5", 8.5e6, "count", "chiếc", approx="about", status="forecast",
        subject="bánh pía, bánh trung thu các cơ sở tiêu thụ", period=Y24),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "chiếc", approx="about", status="forecast", total=8.5e6,
        subject="bánh xuất khẩu", period=Y24),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền của Cơ sở bánh Phước Hưng Ký",
        location=VC),
    fig("gồm 3 dây chuyền", "3", 3, "count", "dây chuyền", total=4, subject="dây chuyền bánh pía",
        location=VC),
    fig("và 1 dây chuyền", "1", 1, "count", "dây chuyền", total=4, subject="dây chuyền bánh trung thu",
        location=VC),
    fig("sử dụng 85 lao động", "85", 85, "count", "lao động", subject="lao động cơ sở sử dụng", location=VC),
    fig("khoảng 25.000 chiếc", "25.000", 25000, "measure", "chiếc/ngày", approx="about",
        subject="bánh các loại cơ sở làm ra mỗi ngày", location=VC),
    fig("doanh thu 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", change=chg("increase", 9, "%", "cùng kỳ"),
        subject="doanh thu của cơ sở", period=M8, location=VC),
    fig("chiếm 30%", "30", 30, "percent", "%", subject="đơn hàng xuất khẩu", period=M8, location=VC),
    fig("ít nhất 26 tỷ", "26", 26e9, "money", "đồng", approx="at_least", status="target",
        subject="doanh thu cả năm của cơ sở", period=NAY, location=VC),
    fig("xuất 3 container", "3", 3, "count", "container", status="forecast",
        subject="container bánh cơ sở xuất sang Úc", period=Q3, location=VC),
    fig("giá 45.000 đồng", "45.000", 45000, "money", "đồng/chiếc", subject="giá bánh nhân sầu riêng trứng muối",
        location=VC),
    fig("lên 60 ngày", "60", 60, "measure", "ngày", change=chg("increase", 2, "lần", "bánh đóng gói thông thường"),
        subject="thời hạn sử dụng của bánh", location=VC),
    fig("có 54 cơ sở", "54", 54, "count", "cơ sở", subject="cơ sở sản xuất bánh pía, bánh trung thu"),
    fig("12 sản phẩm", "12", 12, "count", "sản phẩm",
        subject="sản phẩm bánh được công nhận OCOP từ 3 sao trở lên"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="sản phẩm bánh được công nhận OCOP"),
    fig("có 20 sản phẩm", "20", 20, "count", "sản phẩm", status="target",
        subject="sản phẩm bánh đạt chuẩn OCOP", period=T25),
    fig("đạt 5 triệu", "5", 5e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu bánh", period=T25),
    fig("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở được Đoàn kiểm tra liên ngành kiểm tra"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Sóc Trăng, STV): menu, 'Đăng lúc: 08:15 - 05/09/2024' (published 2024-09-05), tag '(STV) -',",
    "byline, 'Bình luận (0) | Chia sẻ'. Location Sóc Trăng by default; the maker in thị xã Vĩnh Châu → Vĩnh Châu.",
    "Distractors: 08:15, 'Bình luận (0)', 'OCOP từ 3 sao trở lên' (a star level), 'Đài Loan (Trung Quốc)'.",
    "'Năm 2024, ... dự kiến tiêu thụ khoảng 8,5 triệu chiếc, trong đó xuất khẩu khoảng 1,2 triệu' → forecast, about;",
    "the part takes total 8,5 triệu and the forecast of its clause. Export partners are not places.",
    "'4 dây chuyền, gồm 3 ... và 1 ...' → parts with total 4.",
    "'mỗi ngày làm ra khoảng 25.000 chiếc' → rate chiếc/ngày, about, no period.",
    "'8 tháng đầu năm' (year-less) → 2024 (nearest earlier period 'Năm 2024'). 'riêng đơn hàng xuất khẩu chiếm 30%':",
    "a part given only as a share → percent figure (the 14,2 tỷ already carries the change).",
    "'Năm nay, ... phấn đấu doanh thu cả năm đạt ít nhất 26 tỷ' → target, at_least, 2024.",
    "'Trong quý III/2024, cơ sở dự kiến xuất 3 container' → forecast, Q3 2024.",
    "'kéo dài lên 60 ngày, gấp 2 lần bánh đóng gói thông thường' → change ×2 attached to 60 ngày.",
    "'xếp thứ 2 trong các nhóm sản phẩm OCOP của tỉnh' → rank 2 in Sóc Trăng; subject = the ranked index.",
    "revised after the first run: rank subject 'sản phẩm bánh trong các nhóm sản phẩm OCOP của tỉnh' → 'sản phẩm bánh được",
    "công nhận OCOP' (the shared gold's ranks name the ranked index, not the field of the ranking).",
    "'Mục tiêu đến năm 2025, ... 20 sản phẩm ... và ... 5 triệu USD' → both target, end 2025-12-31.",
    "'Trong dịp Trung thu' is a season, not a dated period: 96 cơ sở gets no period.",
]

if __name__ == "__main__":
    write("p1285-8", TEXT, NOTES, FIGS, published="2024-09-05", location="Sóc Trăng")
