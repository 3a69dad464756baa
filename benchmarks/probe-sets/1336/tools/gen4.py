"""p1336-4: ministry site (Bộ VHTTDL, Cục Nghệ thuật biểu diễn): national chèo festival 2024 and the state of public troupes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Nghệ thuật biểu diễn

Liên hoan Chèo toàn quốc 2024: 21 đơn vị, hơn 1.000 nghệ sĩ tham gia

22/11/2024 | 16:20 | Cục Nghệ thuật biểu diễn

Liên hoan Chèo toàn quốc năm 2024 do Bộ Văn hóa, Thể thao và Du lịch tổ chức từ ngày 1 đến ngày 20/11/2024 tại tỉnh Thái Bình. Liên hoan quy tụ 21 đơn vị nghệ thuật chuyên nghiệp và không chuyên với 24 vở diễn, hơn 1.000 nghệ sĩ, diễn viên. Các vở diễn thu hút khoảng 18.500 lượt khán giả, trong đó gần 40% là học sinh, sinh viên.

Ban Giám khảo đã trao 8 Huy chương Vàng, 10 Huy chương Bạc cho vở diễn và 36 Huy chương Vàng, 41 Huy chương Bạc cho cá nhân. Đơn vị giành nhiều huy chương nhất là Nhà hát Chèo Sông Đáy (Hà Nội) với 4 Huy chương Vàng, tiếp đến là Đoàn Chèo Phố Hiến (Hưng Yên) với 3 Huy chương Vàng.

Theo Cục Nghệ thuật biểu diễn, cả nước hiện có 66 đơn vị nghệ thuật biểu diễn công lập, trong đó 17 đơn vị chèo, 6 đơn vị tuồng và 14 đơn vị múa rối. Về số đơn vị nghệ thuật truyền thống, Hà Nội đứng thứ nhất với 9 đơn vị, Thái Bình đứng thứ hai với 4 đơn vị. Năm 2023, các đơn vị công lập biểu diễn khoảng 14.200 buổi, phục vụ hơn 5,6 triệu lượt khán giả; doanh thu đạt 318 tỷ đồng, tăng 12% so với năm 2022 nhưng mới bằng khoảng 80% năm 2019.

Mục tiêu đến năm 2030, số buổi biểu diễn nghệ thuật truyền thống tăng bình quân 5%/năm; 100% đơn vị nghệ thuật công lập có sân khấu biểu diễn đạt chuẩn.

Bản quyền thuộc Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("2024: 21 đơn vị", "21", 21, "count", "đơn vị", subject="đơn vị tham gia Liên hoan Chèo toàn quốc"),
    fig("hơn 1.000 nghệ sĩ tham gia", "1.000", 1000, "count", "nghệ sĩ", approx="over",
        subject="nghệ sĩ tham gia Liên hoan Chèo toàn quốc"),
    fig("quy tụ 21 đơn vị", "21", 21, "count", "đơn vị nghệ thuật",
        subject="đơn vị nghệ thuật chuyên nghiệp và không chuyên liên hoan quy tụ"),
    fig("với 24 vở", "24", 24, "count", "vở diễn", subject="vở diễn"),
    fig("hơn 1.000 nghệ sĩ, diễn viên", "1.000", 1000, "count", "nghệ sĩ, diễn viên", approx="over",
        subject="nghệ sĩ, diễn viên"),
    fig("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt khán giả", approx="about",
        subject="lượt khán giả các vở diễn thu hút"),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="học sinh, sinh viên trong lượt khán giả"),
    fig("trao 8 Huy chương", "8", 8, "count", "Huy chương Vàng", subject="Huy chương Vàng cho vở diễn"),
    fig("10 Huy chương Bạc cho vở", "10", 10, "count", "Huy chương Bạc", subject="Huy chương Bạc cho vở diễn"),
    fig("và 36 Huy chương", "36", 36, "count", "Huy chương Vàng", subject="Huy chương Vàng cho cá nhân"),
    fig("41 Huy chương Bạc", "41", 41, "count", "Huy chương Bạc", subject="Huy chương Bạc cho cá nhân"),
    fig("với 4 Huy chương", "4", 4, "count", "Huy chương Vàng",
        subject="Huy chương Vàng của Nhà hát Chèo Sông Đáy", location="Hà Nội"),
    fig("với 3 Huy chương", "3", 3, "count", "Huy chương Vàng",
        subject="Huy chương Vàng của Đoàn Chèo Phố Hiến", location="Hưng Yên"),
    fig("có 66 đơn vị", "66", 66, "count", "đơn vị", subject="đơn vị nghệ thuật biểu diễn công lập"),
    fig("17 đơn vị chèo", "17", 17, "count", "đơn vị", total=66, subject="đơn vị chèo"),
    fig("6 đơn vị tuồng", "6", 6, "count", "đơn vị", total=66, subject="đơn vị tuồng"),
    fig("14 đơn vị múa rối", "14", 14, "count", "đơn vị", total=66, subject="đơn vị múa rối"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="số đơn vị nghệ thuật truyền thống", location="Hà Nội"),
    fig("với 9 đơn vị", "9", 9, "count", "đơn vị", subject="đơn vị nghệ thuật truyền thống", location="Hà Nội"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số đơn vị nghệ thuật truyền thống", location="Thái Bình"),
    fig("với 4 đơn vị", "4", 4, "count", "đơn vị", subject="đơn vị nghệ thuật truyền thống", location="Thái Bình"),
    fig("khoảng 14.200 buổi", "14.200", 14200, "count", "buổi", approx="about",
        subject="buổi biểu diễn của các đơn vị công lập", period=Y23),
    fig("hơn 5,6 triệu", "5,6", 5.6e6, "count", "lượt khán giả", approx="over",
        subject="lượt khán giả các đơn vị công lập phục vụ", period=Y23),
    fig("đạt 318 tỷ", "318", 318e9, "money", "đồng", percent=80,
        change=chg("increase", 12, "%", "năm 2022"), subject="doanh thu của các đơn vị công lập", period=Y23),
    fig("bình quân 5%/năm", "5", 5, "percent", "%", status="target",
        subject="tốc độ tăng số buổi biểu diễn nghệ thuật truyền thống", period=T30),
    fig("100% đơn vị", "100", 100, "percent", "%", status="target",
        subject="đơn vị nghệ thuật công lập có sân khấu biểu diễn đạt chuẩn", period=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '22/11/2024 | 16:20 | Cục Nghệ thuật biểu diễn' (published), copyright and address footer.",
    "Distractors: 16:20, 'từ ngày 1 đến ngày 20/11/2024' (dates), 'năm 2024'/'2024' in the festival's name, '51 Ngô Quyền', 'năm 2019' baseline.",
    "Location Việt Nam: a national festival held by the ministry (hosted in Thái Bình, which is the venue, not the place of the figures;",
    "borderline) and the ministry's national totals. Named troupes '(Hà Nội)', '(Hưng Yên)' and the ranked provinces take their place.",
    "Festival figures carry no period: the festival's dates locate the event, no statistical period is stated with them.",
    "'trong đó gần 40% là học sinh, sinh viên' is a percent figure of its own (a share of a part, not of 18.500 itself).",
    "66 → 17 + 6 + 14 after 'trong đó' (not all units: no sum needed, the cue makes them parts). 'đứng thứ nhất' → rank 1 (number word).",
    "318 tỷ: 'tăng 12% so với năm 2022' change, 'bằng khoảng 80% năm 2019' percent attribute (share after 'bằng').",
    "'tăng bình quân 5%/năm' is a growth rate as the claim: percent, no change; 'Mục tiêu đến năm 2030' → target, start null.",
]

if __name__ == "__main__":
    write("p1336-4", TEXT, NOTES, FIGS, published="2024-11-22", location="Việt Nam")
