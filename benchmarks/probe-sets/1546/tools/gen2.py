"""p1546-2: district portal (huyện Văn Lâm, Hưng Yên): the district chairman visits a helmet maker."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN VĂN LÂM
Cổng thông tin điện tử huyện Văn Lâm - tỉnh Hưng Yên

Trang chủ / Tin tức / Kinh tế - Doanh nghiệp

Chủ tịch UBND huyện làm việc với Công ty TNHH Mũ bảo hiểm Phúc Thành

18/07/2024 | 10:20

Ngày 17/7, đồng chí Trần Văn Khải, Chủ tịch UBND huyện đã đến thăm, làm việc tại Công ty TNHH Mũ bảo hiểm Phúc Thành, đóng tại cụm công nghiệp Tân Quang, xã Tân Quang.

Công ty được thành lập năm 2012, hiện có hai nhà xưởng với tổng diện tích hơn 12.000 m2, 4 dây chuyền ép nhựa và sơn tĩnh điện, sản xuất gần ba chục mẫu mũ bảo hiểm nửa đầu, 3/4 đầu và mũ trẻ em. Công suất thiết kế đạt 1,5 triệu chiếc/năm. Năm 2023, công ty sản xuất 1,12 triệu chiếc mũ, doanh thu đạt 186 tỷ đồng, tăng 9% so với năm 2022; nộp ngân sách 7,8 tỷ đồng. Khoảng 35% sản lượng được xuất khẩu sang Lào, Campuchia và Myanmar.

6 tháng đầu năm 2024, công ty sản xuất 640 nghìn chiếc, bằng 52% kế hoạch năm; doanh thu ước đạt 104 tỷ đồng. Công ty đang giải quyết việc làm cho 420 lao động, trong đó 265 lao động nữ, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Năm 2024, công ty phấn đấu doanh thu đạt 210 tỷ đồng; dự kiến đầu tư thêm một dây chuyền sơn tự động trị giá khoảng 25 tỷ đồng, tuyển thêm từ 60 đến 80 lao động.

Phát biểu tại buổi làm việc, Chủ tịch UBND huyện đề nghị công ty chú trọng an toàn lao động, phòng cháy chữa cháy. Hiện trên địa bàn huyện có 7 cơ sở sản xuất mũ bảo hiểm, gồm 3 doanh nghiệp và 4 hộ kinh doanh.

Tin khác:
- Huyện Văn Lâm tổ chức Hội nghị đối thoại doanh nghiệp lần thứ 3
- Xã Lạc Đạo đạt chuẩn nông thôn mới nâng cao

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên | Điện thoại: 0221.3985.123
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty TNHH Mũ bảo hiểm Phúc Thành"

FIGS = [
    fig("có hai nhà xưởng", "hai", 2, "count", "nhà xưởng", subject="nhà xưởng của công ty"),
    fig("hơn 12.000 m2", "12.000", 12000, "measure", "m2", approx="over",
        subject="tổng diện tích nhà xưởng"),
    fig("4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền ép nhựa và sơn tĩnh điện"),
    fig("gần ba chục mẫu", "ba chục", 30, "count", "mẫu", approx="nearly",
        subject="mẫu mũ bảo hiểm công ty sản xuất"),
    fig("1,5 triệu chiếc/năm", "1,5", 1.5e6, "measure", "chiếc/năm", subject="công suất thiết kế"),
    fig("sản xuất 1,12 triệu", "1,12", 1.12e6, "count", "chiếc", subject="mũ công ty sản xuất", period=Y23),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", change=chg("increase", 9, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("ngân sách 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", subject="nộp ngân sách", period=Y23),
    fig("Khoảng 35% sản lượng", "35", 35, "percent", "%", approx="about",
        subject="sản lượng được xuất khẩu", period=inh(Y23)),
    fig("sản xuất 640 nghìn", "640", 640000, "count", "chiếc", percent=52,
        subject="mũ công ty sản xuất", period=H1),
    fig("ước đạt 104 tỷ", "104", 104e9, "money", "đồng", status="estimate", subject="doanh thu", period=H1),
    fig("cho 420 lao động", "420", 420, "count", "lao động", subject="lao động công ty giải quyết việc làm"),
    fig("265 lao động nữ", "265", 265, "count", "lao động", total=420, subject="lao động nữ"),
    fig("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 210 tỷ", "210", 210e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sơn tự động đầu tư thêm", period=Y24),
    fig("khoảng 25 tỷ", "25", 25e9, "money", "đồng", approx="about", status="forecast",
        subject="trị giá dây chuyền sơn tự động", period=Y24),
    fig("từ 60 đến 80", "60", 60, "count", "lao động", value_max=80, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở sản xuất mũ bảo hiểm"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp sản xuất mũ bảo hiểm"),
    fig("và 4 hộ kinh doanh", "4", 4, "count", "hộ kinh doanh", total=7, subject="hộ kinh doanh sản xuất mũ bảo hiểm"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, breadcrumb, '18/07/2024 | 10:20', 'Tin khác', address and phone footer.",
    "Distractors: 'Ngày 17/7', 10:20, founding year 'năm 2012', product types 'nửa đầu, 3/4 đầu', 'lần thứ 3', phone 0221.3985.123.",
    "Company figures are located in Văn Lâm (the district of the portal, the company is in xã Tân Quang).",
    "'gần ba chục mẫu' = 30 (number words), approx nearly. Pieces are counts (unit 'chiếc'); capacity is a rate ('chiếc/năm').",
    "'Khoảng 35% sản lượng được xuất khẩu' stands in the next sentence after 'Năm 2023': period inherited.",
    "'640 nghìn chiếc, bằng 52% kế hoạch năm' → percent 52. 'phấn đấu' governs '210 tỷ' (target); 'dự kiến' governs its clause and",
    "the clause that continues it (forecast); all in the sentence of 'Năm 2024'. '7 cơ sở, gồm 3 ... và 4 ...' → total 7.",
]

if __name__ == "__main__":
    write("p1546-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Văn Lâm")
