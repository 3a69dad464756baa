from lib import *

text = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Tin hoạt động > Sở hữu trí tuệ

6 tháng đầu năm 2024: Cục Sở hữu trí tuệ tiếp nhận hơn 71 nghìn đơn đăng ký

Theo số liệu của Cục Sở hữu trí tuệ, 6 tháng đầu năm 2024, Cục đã tiếp nhận 71.245 đơn đăng ký các loại, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, đơn đăng ký nhãn hiệu là 36.812 đơn, chiếm 51,7%; đơn sáng chế 4.905 đơn; đơn kiểu dáng công nghiệp 2.140 đơn; đơn giải pháp hữu ích 327 đơn.

Đáng chú ý, số đơn sáng chế của người nộp đơn Việt Nam đạt 612 đơn, tăng 21,4% so với cùng kỳ, song vẫn chỉ chiếm khoảng 12,5% tổng số đơn sáng chế. Cũng trong 6 tháng đầu năm, Cục đã cấp 28.430 văn bằng bảo hộ, tăng 11,3%; xử lý được 70.118 đơn, đạt 52% kế hoạch năm. Tính đến ngày 30/6/2024, số đơn nhãn hiệu tồn đọng quá hạn xử lý còn khoảng 16.000 đơn, giảm gần 40% so với cuối năm 2023.

Về chỉ dẫn địa lý, đến hết tháng 6/2024, cả nước có 135 chỉ dẫn địa lý được bảo hộ, trong đó 7 chỉ dẫn địa lý của nước ngoài; hơn 1.200 nhãn hiệu tập thể, nhãn hiệu chứng nhận gắn với địa danh đã được cấp văn bằng. Dẫn đầu về số chỉ dẫn địa lý là Sơn La (6), Hà Giang (5), tiếp đến là Lạng Sơn và Đắk Lắk cùng 4 chỉ dẫn địa lý.

Theo Chiến lược sở hữu trí tuệ đến năm 2030 ban hành kèm Quyết định số 1068/QĐ-TTg, đến năm 2025 số lượng đơn đăng ký sáng chế tăng trung bình 16-18%/năm, trong đó 10-12% được cấp văn bằng bảo hộ; số đơn đăng ký nhãn hiệu tăng trung bình 6-8%/năm.

Cục Sở hữu trí tuệ - 384-386 Nguyễn Trãi, Thanh Xuân, Hà Nội. Tổng đài: 024.3858.3069
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = dict(H1, inherited=True)
GI = per("đến hết tháng 6/2024", None, "2024-06-30")
GIi = dict(GI, inherited=True)
T25 = per("đến năm 2025", None, "2025-12-31")
figs = [
    F("hơn «71» nghìn đơn", "count", 71000, "đơn", "đơn đăng ký Cục Sở hữu trí tuệ tiếp nhận", approx="over", period=H1),
    F("tiếp nhận «71.245» đơn", "count", 71245, "đơn", "đơn đăng ký các loại Cục tiếp nhận",
      change=ch("increase", 8.6, "%", "cùng kỳ năm 2023"), period=H1),
    F("là «36.812» đơn", "count", 36812, "đơn", "đơn đăng ký nhãn hiệu", total=71245, percent=51.7, period=H1i),
    F("sáng chế «4.905» đơn", "count", 4905, "đơn", "đơn sáng chế", total=71245, period=H1i),
    F("công nghiệp «2.140» đơn", "count", 2140, "đơn", "đơn kiểu dáng công nghiệp", total=71245, period=H1i),
    F("hữu ích «327» đơn", "count", 327, "đơn", "đơn giải pháp hữu ích", total=71245, period=H1i),
    F("đạt «612» đơn", "count", 612, "đơn", "đơn sáng chế của người nộp đơn Việt Nam",
      change=ch("increase", 21.4, "%", "cùng kỳ"), percent=12.5, period=H1i),
    F("cấp «28.430» văn bằng", "count", 28430, "văn bằng", "văn bằng bảo hộ được cấp",
      change=ch("increase", 11.3, "%"), period=per("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("được «70.118» đơn", "count", 70118, "đơn", "đơn được xử lý", percent=52,
      period=per("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("khoảng «16.000» đơn", "count", 16000, "đơn", "đơn nhãn hiệu tồn đọng quá hạn xử lý", approx="about",
      change=ch("decrease", 40, "%", "cuối năm 2023", approx="nearly"),
      period=per("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("có «135» chỉ dẫn", "count", 135, "chỉ dẫn địa lý", "chỉ dẫn địa lý được bảo hộ", period=GI),
    F("trong đó «7» chỉ dẫn", "count", 7, "chỉ dẫn địa lý", "chỉ dẫn địa lý của nước ngoài", total=135, period=GI),
    F("hơn «1.200» nhãn hiệu", "count", 1200, "nhãn hiệu",
      "nhãn hiệu tập thể, nhãn hiệu chứng nhận gắn với địa danh được cấp văn bằng", approx="over", period=GI),
    F("Sơn La («6»)", "count", 6, "chỉ dẫn địa lý", "số chỉ dẫn địa lý", location="Sơn La", period=GIi),
    F("Hà Giang («5»)", "count", 5, "chỉ dẫn địa lý", "số chỉ dẫn địa lý", location="Hà Giang", period=GIi),
    F("cùng «4» chỉ dẫn", "count", 4, "chỉ dẫn địa lý", "số chỉ dẫn địa lý", location="Lạng Sơn", period=GIi),
    F("trung bình «16»-18%/năm", "percent", 16, "%", "tốc độ tăng số lượng đơn đăng ký sáng chế", value_max=18,
      status="target", period=T25),
    F("«10»-12% được cấp", "percent", 10, "%", "tỷ lệ đơn đăng ký sáng chế được cấp văn bằng bảo hộ", value_max=12,
      status="target", period=T25),
    F("trung bình «6»-8%/năm", "percent", 6, "%", "tốc độ tăng số đơn đăng ký nhãn hiệu", value_max=8,
      status="target", period=T25),
]

comments = [
    "Bộ KH&CN site (ministry): Cục Sở hữu trí tuệ, 6 tháng đầu năm 2024 — đơn, văn bằng, tồn đọng, chỉ dẫn địa lý cả nước, chỉ tiêu Chiến lược SHTT. No dateline at all.",
    "National figures: location 'Việt Nam'; list items Sơn La (6), Hà Giang (5) take their province. 'Lạng Sơn và Đắk Lắk cùng 4 chỉ dẫn địa lý' is one number for two",
    "provinces: the location is taken as the first named (Lạng Sơn) — a debatable choice, so that figure is optional.",
    "'Trong đó' after 71.245 đơn: the four kinds of application are parts (total 71245); 36.812 also carries 'chiếm 51,7%'. '7 chỉ dẫn địa lý của nước ngoài' is part of 135.",
    "612 đơn: change 21,4% and share 'chiếm khoảng 12,5% tổng số đơn sáng chế' (percent attribute; no number after 'tổng số', so no total).",
    "'tăng 11,3%' without baseline is the change of 28.430. 'đạt 52% kế hoạch năm' is the percent of 70.118. 'giảm gần 40% so với cuối năm 2023' is the change (nearly).",
    "Targets '16-18%/năm', '10-12%', '6-8%/năm' are rate ranges (percent, value_max), status target, period 'đến năm 2025'. '«trong đó» 10-12%' is a percent: no total.",
    "Distractors: 'Chiến lược … đến năm 2030', 'Quyết định số 1068/QĐ-TTg', address '384-386 Nguyễn Trãi', phone 024.3858.3069; 'hơn 71 nghìn đơn' in the title is a figure.",
]
figs[15]["optional"] = True
build("p327-2", text, figs, comments, location="Việt Nam")
